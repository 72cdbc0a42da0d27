import { useState } from 'react';
import { Box } from '@mui/material';
import { fittedSize, type PreviewView } from './previewControls.ts';

interface ImagePreviewProps {
  src: string;
  alt: string;
  view: PreviewView;
  frame: { width: number; height: number };
  onError: () => void;
}

/**
 * An image scaled to fit the frame at zoom 1 and rotated in quarter turns. The
 * box takes the rotated size, so a zoomed image scrolls in the frame instead
 * of spilling out of it.
 */
export const ImagePreview = ({ src, alt, view, frame, onError }: ImagePreviewProps) => {
  const [natural, setNatural] = useState({ width: 0, height: 0 });
  const box = fittedSize(natural, frame, view);
  const loaded = natural.width > 0;
  return (
    <Box
      sx={{
        position: 'relative',
        width: loaded ? box.width : '100%',
        height: loaded ? box.height : '100%',
        m: 'auto',
        flexShrink: 0,
      }}
    >
      <Box
        component="img"
        src={src}
        alt={alt}
        draggable={false}
        onLoad={(e) => {
          const img = e.currentTarget as HTMLImageElement;
          setNatural({ width: img.naturalWidth, height: img.naturalHeight });
        }}
        onError={onError}
        sx={{
          position: 'absolute',
          left: '50%',
          top: '50%',
          width: loaded ? natural.width * box.scale : 'auto',
          height: loaded ? natural.height * box.scale : 'auto',
          maxWidth: 'none',
          transform: `translate(-50%, -50%) rotate(${view.rotation}deg)`,
          transition: 'width 120ms, height 120ms, transform 120ms',
          boxShadow: 3,
          bgcolor: 'common.white',
          visibility: loaded ? 'visible' : 'hidden',
        }}
      />
    </Box>
  );
};
