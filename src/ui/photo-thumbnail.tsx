import { useEffect, useState } from 'preact/hooks';

/** A photo from on-device storage (an asset's or a walk's), shown through an object URL released when it goes. */
export function PhotoThumbnail({ photo, alt }: { photo: { blob: Blob; width: number; height: number }; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(photo.blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [photo.blob]);
  return url ? <img class="thumbnail" src={url} alt={alt} width={photo.width} height={photo.height} /> : null;
}
