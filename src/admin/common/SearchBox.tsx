import { SearchInput, useTranslate } from 'react-admin';

interface SearchBoxProps {
  source: string;
  /** A translation key naming what can be searched. */
  placeholder: string;
  alwaysOn?: boolean;
}

/** react-admin's SearchInput with a translated hint of what it searches. */
export const SearchBox = ({ placeholder, ...props }: SearchBoxProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate(placeholder)} sx={{ minWidth: 280 }} />;
};
