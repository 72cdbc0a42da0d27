import type { ReactNode } from 'react';
import { Divider, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import FitScreenIcon from '@mui/icons-material/FitScreen';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import RotateLeftIcon from '@mui/icons-material/RotateLeft';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import { useTranslate } from 'react-admin';
import { MAX_ZOOM, MIN_ZOOM, type PreviewCommand, type PreviewView } from './previewControls.ts';

interface PreviewToolbarProps {
  view: PreviewView;
  onCommand: (command: PreviewCommand) => void;
  position: { index: number; count: number };
  onMove: (step: -1 | 1) => void;
  fileUrl: string;
}

const Action = ({
  label,
  keys,
  onClick,
  disabled,
  children,
}: {
  label: string;
  keys: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) => (
  <Tooltip title={`${label} (${keys})`}>
    <span>
      <IconButton size="small" aria-label={label} onClick={onClick} disabled={disabled}>
        {children}
      </IconButton>
    </span>
  </Tooltip>
);

/** Move between documents, zoom, fit, rotate, open the file on its own; each with its key. */
export const PreviewToolbar = ({ view, onCommand, position, onMove, fileUrl }: PreviewToolbarProps) => {
  const translate = useTranslate();
  const a = (key: string) => translate(`resources.documents.actions.${key}`);
  return (
    <Stack
      direction="row"
      role="toolbar"
      aria-label={translate('resources.documents.viewer.toolbar')}
      sx={{ alignItems: 'center', gap: 0.5, px: 1, py: 0.5 }}
    >
      <Action label={a('previous')} keys="←" onClick={() => onMove(-1)} disabled={position.index <= 0}>
        <ChevronLeftIcon />
      </Action>
      <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
        {position.index + 1} / {position.count}
      </Typography>
      <Action label={a('next')} keys="→" onClick={() => onMove(1)} disabled={position.index >= position.count - 1}>
        <ChevronRightIcon />
      </Action>
      <Divider orientation="vertical" flexItem sx={{ mx: 1 }} />
      <Action label={a('zoom_out')} keys="−" onClick={() => onCommand('zoom_out')} disabled={view.zoom <= MIN_ZOOM}>
        <ZoomOutIcon />
      </Action>
      <Typography
        variant="body2"
        sx={{ minWidth: 44, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}
        aria-live="polite"
      >
        {Math.round(view.zoom * 100)}%
      </Typography>
      <Action label={a('zoom_in')} keys="+" onClick={() => onCommand('zoom_in')} disabled={view.zoom >= MAX_ZOOM}>
        <ZoomInIcon />
      </Action>
      <Action label={a('fit')} keys="0" onClick={() => onCommand('fit')}>
        <FitScreenIcon />
      </Action>
      <Action label={a('rotate_left')} keys="Shift+R" onClick={() => onCommand('rotate_left')}>
        <RotateLeftIcon />
      </Action>
      <Action label={a('rotate_right')} keys="R" onClick={() => onCommand('rotate_right')}>
        <RotateRightIcon />
      </Action>
      <Stack sx={{ flex: 1 }} />
      <Tooltip title={a('open_file')}>
        <IconButton
          size="small"
          aria-label={a('open_file')}
          component="a"
          href={fileUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          <OpenInNewIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
};
