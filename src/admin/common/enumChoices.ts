/** SelectInput choices for a vocabulary list; names are translation keys react-admin translates. */
export const enumChoices = (resource: string, field: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `resources.${resource}.enums.${field}.${id}` }));
