/**
 * Client-side preparation of a photo before upload: large pictures (phone cameras give 4000 px,
 * 5-12 MB) are drawn smaller into a JPEG, so uploads are quick on a poor network. The server's
 * limits (JPEG/PNG/WebP, 10 MiB) stay the rule; a picture the browser cannot decode goes as it is.
 */
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_EDGE = 2560;
const SHRINK_ABOVE_BYTES = 2 * 1024 * 1024;

export async function preparePhoto(file: File): Promise<Blob> {
  const accepted = ACCEPTED.includes(file.type);
  if (accepted && file.size <= SHRINK_ABOVE_BYTES) return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const g = canvas.getContext('2d');
    if (!g) return file;
    g.fillStyle = '#fff'; // transparent PNG areas become white, not black, in a JPEG
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (blob && (!accepted || blob.size < file.size)) return blob;
  } catch {
    // not decodable here (e.g. HEIC on some browsers): the server answers with its own code
  }
  return file;
}
