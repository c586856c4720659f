import { useEffect, useState } from 'preact/hooks';
import type { Photo } from '../model/photo';

/** A photo from on-device storage, shown through an object URL that is released when it goes. */
export function PhotoThumbnail({ photo, alt }: { photo: Photo; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(photo.blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [photo.blob]);
  return url ? <img class="thumbnail" src={url} alt={alt} width={photo.width} height={photo.height} /> : null;
}
