import { cleanFileName, sniffMediaType } from './file-types';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffMediaType (what a file is, from its bytes)', () => {
  it('knows photos and scans by their signatures, whatever they are called', () => {
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'photo.png')).toBe('image/jpeg');
    expect(sniffMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'x')).toBe('image/png');
    expect(sniffMediaType(bytes('GIF89a...'), 'a.gif')).toBe('image/gif');
    expect(sniffMediaType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'a.webp')).toBe('image/webp');
    expect(sniffMediaType(bytes('%PDF-1.7\n'), 'scan.bin')).toBe('application/pdf');
  });

  it('knows Office documents by their container and their extension', () => {
    const zip = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....');
    expect(sniffMediaType(zip, '整改报告.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffMediaType(zip, '台账.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffMediaType(zip, 'archive.zip')).toBeNull();
    expect(sniffMediaType(bytes([0x50, 0x4b, 0x03, 0x04], 'no content types'), 'fake.docx')).toBeNull();
    expect(sniffMediaType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧报告.doc')).toBe('application/msword');
  });

  it('refuses anything else, whatever it claims to be', () => {
    expect(sniffMediaType(bytes('MZ\x90\x00'), 'photo.jpg')).toBeNull();
    expect(sniffMediaType(bytes('<html><script>'), 'report.pdf')).toBeNull();
    expect(sniffMediaType(Buffer.alloc(0), 'empty.png')).toBeNull();
  });
});

describe('cleanFileName', () => {
  it('keeps the name, drops any path and control characters, bounds the length', () => {
    expect(cleanFileName('C:\\Users\\校长\\整改照片.jpg')).toBe('整改照片.jpg');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.png')).toBe('abc.png');
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName('x'.repeat(300))).toHaveLength(200);
  });
});
