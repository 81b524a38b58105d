import { describe, expect, it } from 'vitest';
import { declaredPhotoType, sniffImage } from './image-type';
import { gifOf, jpegOf, pngOf, webpOf } from './photos.test-helpers';

describe('photo type by magic bytes (issue 3 item 1)', () => {
  it('JPEG, PNG and WebP are recognised by their first bytes, with the pixel size from the header', () => {
    expect(sniffImage(jpegOf(4096, 1024, 768))).toEqual({ type: 'image/jpeg', width: 1024, height: 768 });
    expect(sniffImage(pngOf(4096, 320, 200))).toEqual({ type: 'image/png', width: 320, height: 200 });
    expect(sniffImage(webpOf(4096, 800, 600))).toEqual({ type: 'image/webp', width: 800, height: 600 });
  });

  it('a simple-format (VP8) and a lossless (VP8L) WebP give their sizes too', () => {
    const vp8 = webpOf(256);
    vp8.write('VP8 ', 12, 'ascii');
    vp8.writeUInt16LE(0x4000 | 321, 26); // upper 2 bits are the scale, not the width
    vp8.writeUInt16LE(123, 28);
    expect(sniffImage(vp8)).toEqual({ type: 'image/webp', width: 321, height: 123 });
    const vp8l = webpOf(256);
    vp8l.write('VP8L', 12, 'ascii');
    vp8l[20] = 0x2f;
    vp8l.writeUInt32LE((99 << 14) | 199, 21); // width-1 = 199, height-1 = 99
    expect(sniffImage(vp8l)).toEqual({ type: 'image/webp', width: 200, height: 100 });
  });

  it("a header size beyond 2^31 - 1 (PNG's own limit) is an unknown size, not a number the database refuses", () => {
    expect(sniffImage(pngOf(256, 0xffffffff, 0x80000000))).toEqual({ type: 'image/png', width: null, height: null });
    expect(sniffImage(pngOf(256, 0x7fffffff, 1))).toEqual({ type: 'image/png', width: 0x7fffffff, height: 1 });
  });

  it('anything else is not a photo: GIF, text, a PNG signature cut short, a RIFF that is not WebP', () => {
    expect(sniffImage(gifOf())).toBeNull();
    expect(sniffImage(Buffer.from('hello, this is not an image'))).toBeNull();
    expect(sniffImage(pngOf().subarray(0, 6))).toBeNull();
    const wav = webpOf();
    wav.write('WAVE', 8, 'ascii');
    expect(sniffImage(wav)).toBeNull();
  });

  it('a JPEG without a frame header is still a JPEG, of unknown size', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x04, 0x00, 0x00, 0xff, 0xd9, 0, 0]))).toEqual({
      type: 'image/jpeg',
      width: null,
      height: null,
    });
  });

  it('declared content types: parameters and case ignored, image/jpg taken as JPEG, others refused', () => {
    expect(declaredPhotoType('image/JPEG; charset=binary')).toBe('image/jpeg');
    expect(declaredPhotoType('image/jpg')).toBe('image/jpeg');
    expect(declaredPhotoType('image/webp')).toBe('image/webp');
    expect(declaredPhotoType('image/gif')).toBeNull();
    expect(declaredPhotoType('application/octet-stream')).toBeNull();
    expect(declaredPhotoType(undefined)).toBeNull();
  });
});
