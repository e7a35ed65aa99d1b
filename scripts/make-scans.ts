// Makes the scanned-report fixtures the OCR importer is measured on. Each source report (plain text) is typeset
// as an official document (LibreOffice, Noto Serif CJK), rasterised, and then spoiled the way paper is: a slight
// skew, scanner noise and a red round seal stamped over the signature and date. One report also becomes a phone
// photo (perspective, uneven light), one a PNG and one a TIFF. The source text is kept beside each scan, so
// accuracy is measured against what was printed.
//
// Needs LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext), ImageMagick (convert), img2pdf and
// fonts-noto-cjk (Debian: apt-get install -y libreoffice-writer-nogui poppler-utils imagemagick img2pdf fonts-noto-cjk).
//
//   npx tsx scripts/make-scans.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'electron', 'import', '__fixtures__', 'scans');

interface Source {
  /** Short name of the fixture files. */
  name: string;
  /** The report it is made from, relative to the project root. */
  report: string;
  /** The policy the report answers, for the reading test. */
  policy: string;
  dpi: number;
  /** Extra renditions besides the sealed scan PDF. */
  also: ('photo' | 'png' | 'tif')[];
}

const SOURCES: Source[] = [
  {
    name: 'transport',
    report: 'seeds/submissions/交通运输局关于降低物流成本工作情况的报告.txt',
    policy: 'seeds/policy-seed.txt',
    dpi: 200,
    also: ['photo'],
  },
  {
    name: 'emergency',
    report: 'seeds/submissions/应急局关于双随机一公开监管工作的报告.txt',
    policy: 'seeds/policy-seed.txt',
    dpi: 150,
    also: ['png'],
  },
  {
    name: 'housing',
    report: 'seeds/sample-2/submissions/住建局关于降低企业用电用气成本工作情况的汇报.txt',
    policy: 'seeds/sample-2/policy.txt',
    dpi: 200,
    also: ['tif'],
  },
  {
    name: 'justice',
    report: 'seeds/sample-3/submissions/市司法局关于规范涉企行政执法工作情况的报告.txt',
    policy: 'seeds/sample-3/policy.txt',
    dpi: 300,
    also: [],
  },
];

const SEAL_RED = '#d42a24';
const FONT_SERIF = 'Noto Serif CJK SC';
const SEAL_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report typeset the way the text file lays it out: title, addressee, indented paragraphs, signature block. */
function flatOdt(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n').filter((l) => l.trim());
  const body = lines.map((line, i) => {
    const lead = /^[\u3000 ]*/.exec(line)![0].length;
    const words = escapeXml(line.trim());
    if (i === 0) return `<text:p text:style-name="Title">${words}</text:p>`;
    if (lead >= 6) return `<text:p text:style-name="Sign">${words}</text:p>`;
    if (lead >= 2) return `<text:p text:style-name="Body">${words}</text:p>`;
    return `<text:p text:style-name="Plain">${words}</text:p>`;
  });
  const font = (size: string) =>
    `style:font-name="${FONT_SERIF}" style:font-name-asian="${FONT_SERIF}" fo:font-size="${size}" style:font-size-asian="${size}" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${FONT_SERIF}" svg:font-family="'${FONT_SERIF}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="28pt"/><style:text-properties ${font('16pt')}/></style:default-style>
<style:style style:name="Plain" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="36pt" fo:margin-bottom="16pt"/><style:text-properties ${font('22pt')} fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-right="48pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

/** Where the last dated line sits on page `page`, in pixels at `dpi` (pdftotext gives points). */
function dateBox(pdf: string, dpi: number): { page: number; x: number; y: number; w: number; h: number } {
  const html = run('pdftotext', ['-bbox-layout', pdf, '-']);
  let found: { page: number; x: number; y: number; w: number; h: number } | null = null;
  let page = 0;
  for (const chunk of html.split(/<page /).slice(1)) {
    page += 1;
    for (const m of chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
      if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(words)) {
        const k = dpi / 72;
        const [x0, y0, x1, y1] = m.slice(1, 5).map(Number);
        found = { page, x: x0 * k, y: y0 * k, w: (x1 - x0) * k, h: (y1 - y0) * k };
      }
    }
  }
  if (!found) throw new Error(`no date line in ${pdf}`);
  return found;
}

/** A round official seal (red ring, star, the department's name round the top), red on white, `size` px wide. */
function drawSeal(file: string, name: string, size: number): void {
  const c = size / 2;
  const ring = Math.round(size * 0.025);
  const r = c - ring;
  const star = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? size * 0.16 : size * 0.065;
    return `${(c + rr * Math.cos(a)).toFixed(1)},${(c + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  const chars = [...name];
  const span = Math.min(250, chars.length * 26);
  const glyph = Math.round(size * 0.12);
  const text = chars.flatMap((ch, i) => {
    const deg = -90 - span / 2 + (span * (i + 0.5)) / chars.length;
    const a = (deg * Math.PI) / 180;
    const rr = r - ring - glyph * 0.75;
    const x = c + rr * Math.cos(a);
    const y = c + rr * Math.sin(a);
    return ['-draw', `translate ${x.toFixed(1)},${y.toFixed(1)} rotate ${(deg + 90).toFixed(1)} text ${-glyph / 2},${glyph / 2.8} '${ch}'`];
  });
  run('convert', [
    '-size', `${size}x${size}`, 'xc:white',
    '-fill', 'none', '-stroke', SEAL_RED, '-strokewidth', String(ring * 2),
    '-draw', `circle ${c},${c} ${c},${ring * 1.5}`,
    '-stroke', 'none', '-fill', SEAL_RED, '-draw', `polygon ${star}`,
    '-font', SEAL_FONT, '-pointsize', String(glyph), ...text,
    // Ink is never solid: thin it a little, unevenly.
    '-seed', '11', '-attenuate', '0.6', '+noise', 'Impulse', '-blur', '0x0.6',
    file,
  ]);
}

/** The page with the seal multiplied on (black text stays black under red ink), skewed and noisy. */
function scanPage(page: string, seal: string, at: { x: number; y: number }, angle: number, file: string, dpi: number): void {
  run('convert', [
    page, '-alpha', 'off', '-colorspace', 'sRGB',
    seal, '-geometry', `+${Math.round(at.x)}+${Math.round(at.y)}`, '-compose', 'Multiply', '-composite',
    '-background', 'white', '-rotate', String(angle),
    '-seed', '7', '-attenuate', '0.35', '+noise', 'Gaussian',
    '-units', 'PixelsPerInch', '-density', String(dpi),
    '-quality', '72', '-sampling-factor', '4:2:0', file,
  ]);
}

/** A phone photo of the sealed page: seen at an angle, on a grey desk, darker towards one corner. */
function photo(scan: string, file: string): void {
  const [w, h] = run('identify', ['-format', '%w %h', scan]).split(' ').map(Number);
  const persp = [0, 0, w * 0.05, h * 0.03, w, 0, w * 0.96, h * 0.05, 0, h, w * 0.02, h * 0.97, w, h, w * 0.99, h * 0.99]
    .map((v) => v.toFixed(0))
    .join(',');
  run('convert', [
    scan, '-virtual-pixel', 'background', '-background', '#8a8478', '-distort', 'Perspective', persp,
    '(', '-size', `${h}x${h}`, 'radial-gradient:white-#a09a90', '-gravity', 'northwest', '-crop', `${w}x${h}+0+0`, '+repage', ')',
    '-compose', 'Multiply', '-composite', '-blur', '0x0.7', '-resize', '85%', '-quality', '78', file,
  ]);
}

function main(): void {
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'luoshi-scans-'));
  const profile = pathToFileURL(join(work, 'lo-profile')).href;
  const manifest: unknown[] = [];
  try {
    for (const [i, source] of SOURCES.entries()) {
      const text = readFileSync(join(root, source.report), 'utf8').replace(/^\uFEFF/, '');
      const odt = join(work, `${source.name}.fodt`);
      writeFileSync(odt, flatOdt(text));
      run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, odt]);
      const pdf = join(work, `${source.name}.pdf`);
      const date = dateBox(pdf, source.dpi);
      run('pdftoppm', ['-r', String(source.dpi), '-png', pdf, join(work, source.name)]);
      const pages = run('pdfinfo', [pdf]).match(/Pages:\s+(\d+)/)![1];
      const png = (n: number) => join(work, `${source.name}-${String(n).padStart(Number(pages) >= 10 ? 2 : 1, '0')}.png`);

      const seal = join(work, `${source.name}-seal.png`);
      const sealSize = Math.round((42 / 25.4) * source.dpi); // an office seal is 42 mm across
      const signer = text.replace(/\r/g, '').split('\n').map((l) => l.trim()).filter(Boolean).at(-2) ?? '';
      drawSeal(seal, signer, sealSize);

      const scans: string[] = [];
      for (let n = 1; n <= Number(pages); n += 1) {
        const jpg = join(work, `${source.name}-scan-${n}.jpg`);
        // The seal is centred on the date and reaches up over the signature.
        const at = { x: date.x + date.w / 2 - sealSize / 2, y: date.y + date.h / 2 - sealSize * 0.6 };
        const blank = join(work, 'white-seal.png');
        if (n !== date.page) run('convert', ['-size', '4x4', 'xc:white', blank]);
        scanPage(png(n), n === date.page ? seal : blank, n === date.page ? at : { x: 0, y: 0 }, i % 2 === 0 ? 0.6 : -0.8, jpg, source.dpi);
        scans.push(jpg);
      }
      const files: Record<string, string> = { scan: `${source.name}.scan.pdf` };
      run('img2pdf', ['-o', join(out, files.scan), ...scans]);
      const sealed = scans[date.page - 1];
      for (const kind of source.also) {
        if (kind === 'photo') {
          files.photo = `${source.name}.photo.jpg`;
          photo(sealed, join(out, files.photo));
        } else if (kind === 'png') {
          files.png = `${source.name}.scan.png`;
          run('convert', [sealed, '-colors', '64', '-depth', '8', join(out, files.png)]);
        } else {
          files.tif = `${source.name}.scan.tif`;
          // An office scanner's TIFF: 150 dpi, a small palette, LZW.
          run('convert', [sealed, '-resize', `${(15000 / source.dpi).toFixed(2)}%`, '-density', '150', '-colors', '16', '-compress', 'LZW', join(out, files.tif)]);
        }
      }
      copyFileSync(join(root, source.report), join(out, `${source.name}.txt`));
      manifest.push({
        name: source.name,
        source: source.report,
        policy: source.policy,
        text: `${source.name}.txt`,
        dpi: source.dpi,
        pages: Number(pages),
        sealOverDatePage: date.page,
        files,
      });
      console.log(`${source.name}: ${pages} page(s) at ${source.dpi} dpi, ${Object.values(files).join(', ')}`);
    }
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`written to ${basename(out)}/`);
}

main();
