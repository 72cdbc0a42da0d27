import { CheckboxGroupInput, email, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { LANGUAGES, ROLES } from '../../domain/vocabulary.ts';

const roleChoices = ROLES.map((id) => ({ id, name: `resources.users.enums.roles.${id}` }));
const languageChoices = LANGUAGES.map((id) => ({ id, name: `resources.users.enums.language.${id}` }));

/** The fields an admin sets; the username only when creating (the audit and logins refer to it). */
export const UserForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm defaultValues={creating ? { roles: ['reviewer'], language: 'zh-CN' } : undefined}>
    {creating && <TextInput source="username" validate={required()} />}
    <TextInput source="displayName" validate={required()} />
    <TextInput source="email" type="email" validate={email()} parse={(v: string) => v || null} />
    <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
    <SelectInput source="language" choices={languageChoices} validate={required()} />
  </SimpleForm>
);
