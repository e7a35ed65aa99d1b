// The operations a workspace offers its hosts, derived from the API contract: every channel that only
// reads or changes the workspace is served by a domain module's handler; the few channels that need the
// host (dialogs, import jobs, export targets) are composed in electron/api/handlers.ts from the
// operations below.
import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { IsoDate } from '../../shared/types';
import type { DocumentRole, ImportBatchResult, ImportProgress, NoticeOptions, ReportOptions } from '../../shared/views';
import type { ServiceContext } from './context';

/** Channels the hosts answer themselves, with dialogs, background jobs or files to hand over. */
export const hostChannels = [
  'app/info',
  'workspace/open',
  'workspace/create',
  'documents/import',
  'documents/import-sample',
  'documents/import-status',
  'documents/import-cancel',
  'documents/page-image',
  'documents/original',
  'export/report',
  'export/notices',
  'export/xlsx',
] as const satisfies readonly ChannelName[];
export type HostChannel = (typeof hostChannels)[number];

/** Channels a workspace answers on its own. */
export type ServiceChannel = Exclude<ChannelName, HostChannel>;

/** A domain handler: the context first, then the validated input. */
export type ServiceHandler<C extends ServiceChannel> = (ctx: ServiceContext, input: ParsedInputOf<C>) => OutputOf<C>;

/** One domain's share of the channels. */
export type DomainHandlers<C extends ServiceChannel> = { [K in C]: ServiceHandler<K> };

/** Every service channel, exactly once: the union of the domains' maps. */
export type ServiceHandlers = DomainHandlers<ServiceChannel>;

/** The workspace as the hosts see it: every service channel by name, plus the operations that take time or files. */
export interface WorkspaceApi extends ServiceMethods {
  call<C extends ServiceChannel>(channel: C, input: ParsedInputOf<C>): OutputOf<C>;
  /** Imports files as one batch; role 'auto' takes the first policy-like document as the policy. */
  importFiles(paths: string[], role: DocumentRole | 'auto', onProgress?: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportBatchResult>;
  /** One policy's report (the first when none is named), or with 'all' the 督查通报 across every policy. */
  exportReport(outPath: string, asOf: IsoDate, options?: ReportOptions, policy?: number | 'all'): Promise<string>;
  exportNotices(outPath: string, asOf: IsoDate, options: NoticeOptions): Promise<string[]>;
  /** A page of a scanned document, rendered from its file; null when the document was not read by OCR. */
  pageImage(id: number, page: number): Promise<OutputOf<'documents/page-image'>>;
  originalPdf(id: number): Promise<OutputOf<'documents/original'>>;
  exportWorkbook(outPath: string, asOf: IsoDate, policy?: number): Promise<string>;
  /**
   * Makes a document the policy or a report (as 'documents/set-role'), a report that becomes a policy read as one
   * off this thread first where the workspace has a parser.
   */
  setDocumentRole(id: number, role: DocumentRole): Promise<void>;
  /**
   * Undoes a journal entry (as 'journal/undo'), a report the undo makes the policy again read as one off this thread
   * first where the workspace has a parser.
   */
  undo(id?: number): Promise<OutputOf<'journal/undo'>>;
  /**
   * What merging department names would change (as 'departments/merge-preview'), the policies read with the merge in
   * the import pool first where the workspace has a parser.
   */
  previewMerge(names: string[], into: string, asOf?: IsoDate): Promise<OutputOf<'departments/merge-preview'>>;
  /** Resolves when the reports a correction marked are read again (at once where they are not read in slices). */
  rereading(): Promise<void>;
  close(): void;
}

type Out<C extends ServiceChannel> = OutputOf<C>;
type In<C extends ServiceChannel> = ParsedInputOf<C>;

/** Shorthands for the channels the CLI and the tests call most, typed by the contract. */
export interface ServiceMethods {
  info(): Out<'workspace/info'>;
  listDocuments(): Out<'documents/list'>;
  getDocument(id: number): Out<'documents/get'>;
  removeDocument(id: number): void;
  getPolicy(): Out<'policy/get'>;
  compliance(asOf: IsoDate, filter?: In<'compliance/matrix'>['filter']): Out<'compliance/matrix'>;
  compare(measure: number, department: string, asOf: IsoDate): Out<'compliance/compare'>;
  search(query: string, filter?: In<'search/query'>['filter'], limit?: number): Out<'search/query'>;
  departments(): Out<'departments/list'>;
  /** Folds every name in `names` (canonical names or aliases) into `into`. */
  mergeDepartments(names: string[], into: string): void;
  /** Makes an alias its own department again. */
  splitAlias(alias: string): void;
  setGeneric(name: string, generic: boolean): void;
  getSettings(): Out<'settings/get'>;
  setSettings(patch: In<'settings/set'>): Out<'settings/set'>;
}
