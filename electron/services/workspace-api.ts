// The operations a workspace offers its hosts. Implemented by openWorkspace() in ./workspace.ts.
import type { ComplianceResult, IsoDate } from '../../shared/types';
import type {
  ComparisonView,
  DepartmentRow,
  DocumentDetail,
  DocumentRole,
  DocumentSummary,
  ImportBatchResult,
  ImportProgress,
  MatrixFilter,
  NoticeOptions,
  PolicyView,
  ReportOptions,
  SearchFilter,
  SearchHit,
  WorkspaceInfo,
  WorkspaceSettings,
} from '../../shared/views';

export interface WorkspaceApi {
  info(): WorkspaceInfo;
  /** Imports files as one batch; role 'auto' takes the first policy-like document as the policy. */
  importFiles(paths: string[], role: DocumentRole | 'auto', onProgress?: (p: ImportProgress) => void): Promise<ImportBatchResult>;
  listDocuments(): DocumentSummary[];
  getDocument(id: number): DocumentDetail | null;
  removeDocument(id: number): void;
  getPolicy(): PolicyView | null;
  compliance(asOf: IsoDate, filter?: MatrixFilter): ComplianceResult;
  compare(measure: number, department: string, asOf: IsoDate): ComparisonView | null;
  search(query: string, filter?: SearchFilter, limit?: number): SearchHit[];
  departments(): DepartmentRow[];
  /** Folds every name in `names` (canonical names or aliases) into `into`. */
  mergeDepartments(names: string[], into: string): void;
  /** Makes an alias its own department again. */
  splitAlias(alias: string): void;
  setGeneric(name: string, generic: boolean): void;
  getSettings(): WorkspaceSettings;
  setSettings(patch: Partial<WorkspaceSettings>): WorkspaceSettings;
  exportReport(outPath: string, asOf: IsoDate, options?: ReportOptions): Promise<string>;
  exportNotices(outPath: string, asOf: IsoDate, options: NoticeOptions): Promise<string[]>;
  close(): void;
}
