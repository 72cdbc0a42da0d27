import { useState } from 'react';
import { Alert, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { INTERNAL_NOTE_MAX } from '../../../domain/actionInputs.ts';
import type { CancelDeskDataProvider } from '../../dataProvider.ts';
import { failureText, type HttpFailure } from '../../common/httpFailure.ts';
import type { CancelRequest } from '../../types.ts';
import { ActionDialog } from '../actions/ActionDialog.tsx';
import { useStoreRequest } from '../actions/useStoreRequest.ts';

interface EditNoteDialogProps {
  request: CancelRequest;
  onClose: () => void;
}

/** What was saved meanwhile by someone else (412): their note, and the version to save over it. */
type Conflict = { note: string | null; version: number };

/**
 * The internal note in a text box. Saved with the version it was opened at: if
 * someone saved in between, nothing is overwritten; their note is shown above
 * the box, which keeps what was typed, and saving again replaces it knowingly.
 */
export const EditNoteDialog = ({ request, onClose }: EditNoteDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const storeRequest = useStoreRequest();
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const [text, setText] = useState(request.internalNote ?? '');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const version = conflict?.version ?? request.version;
  const tooLong = text.length > INTERNAL_NOTE_MAX;

  const save = useMutation<CancelRequest, HttpFailure<{ current?: CancelRequest }>, string | null>({
    mutationFn: (note) => dataProvider.editNote(request.id, version, note),
    onSuccess: (updated) => {
      storeRequest(updated);
      notify('resources.requests.note.saved', { type: 'success', messageArgs: { number: updated.number } });
      onClose();
    },
    onError: (error) => {
      const current = error.body?.current;
      if (error.status === 412 && current) {
        storeRequest(current);
        setConflict({ note: current.internalNote, version: current.version });
        setFailure(null);
      } else setFailure(failureText(error, translate));
    },
  });

  return (
    <ActionDialog
      title={translate('resources.requests.note.title', { number: request.number })}
      confirmLabel={translate('resources.requests.note.save')}
      onConfirm={() => save.mutate(text.trim() === '' ? null : text)}
      onClose={onClose}
      pending={save.isPending}
      blockedReason={tooLong ? translate('resources.requests.note.too_long', { max: INTERNAL_NOTE_MAX }) : null}
      problemAlert={
        (conflict || failure) && (
          <>
            {conflict && (
              <Alert severity="warning" variant="outlined">
                {translate(
                  conflict.note ? 'resources.requests.note.conflict' : 'resources.requests.note.conflict_empty',
                )}
                {conflict.note && (
                  <Typography
                    component="blockquote"
                    variant="body2"
                    sx={{ whiteSpace: 'pre-wrap', mt: 1, mb: 0, mx: 0 }}
                  >
                    {conflict.note}
                  </Typography>
                )}
              </Alert>
            )}
            {failure && <Alert severity="error">{failure}</Alert>}
          </>
        )
      }
    >
      <Typography variant="body2" color="text.secondary">
        {translate('resources.requests.note.hint')}
      </Typography>
      <TextField
        label={translate('resources.requests.note.label')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={4}
        maxRows={14}
        autoFocus
        fullWidth
        error={tooLong}
        helperText={translate('resources.requests.note.count', { count: text.length, max: INTERNAL_NOTE_MAX })}
      />
    </ActionDialog>
  );
};

export default EditNoteDialog;
