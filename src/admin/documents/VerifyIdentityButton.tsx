import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { useTranslate } from 'react-admin';
import { checkIdentityVerification } from '../../domain/identityVerification.ts';
import { checkAction } from '../../domain/lifecycle.ts';
import { ActionButton } from '../requests/actions/ActionButton.tsx';
import { useActor } from '../requests/actions/useActor.ts';
import { useRefusalText } from '../requests/actions/useRefusalText.ts';
import { useRequestAction } from '../requests/actions/useRequestAction.ts';
import type { CancelRequest, SupportingDocument } from '../types.ts';

/**
 * "核验持有人身份", beside the holder's data it is checked against: enabled
 * for the assignee once the ID documents are verified (src/domain's lifecycle
 * and identityVerification, as the server checks), disabled saying what is left.
 */
export const VerifyIdentityButton = ({
  request,
  documents,
}: {
  request: CancelRequest;
  documents: SupportingDocument[];
}) => {
  const translate = useTranslate();
  const actor = useActor();
  const refusalText = useRefusalText();
  const { run, isPending } = useRequestAction(request);
  if (!actor || request.identityVerified) return null;
  const lifecycle = checkAction('verify_identity', request, actor);
  const identity = checkIdentityVerification({ request, identityVerified: !!request.identityVerified, documents });
  const refusal = !lifecycle.ok ? lifecycle : !identity.ok ? identity : null;
  return (
    <ActionButton
      label={translate('resources.requests.actions.verify_identity')}
      icon={<VerifiedUserOutlined />}
      hint={translate('resources.requests.hints.verify_identity')}
      disabledReason={refusal ? refusalText('verify_identity', refusal, request, actor) : null}
      pending={isPending}
      onClick={() => run({ action: 'verify_identity' })}
    />
  );
};
