import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { FileStore } from '../storage/fileStore.ts';
import { EXTENSION_OF, sniffDocumentType } from '../../domain/acceptedFiles.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/vocabulary.ts';

// Real files behind the demo's documents, so every seeded document can be
// previewed: fictitious ID card sides, a business licence, an authorization
// letter (PDF), an order screenshot (WebP) and a note, each marked
// 样本 SAMPLE 仅供演示 (made by samples/generate.ts). A second set, tagged
// "第2次上传", stands behind re-uploads: one request never holds the same
// bytes twice (UNIQUE (request_id, sha256)).

// Built from this file's path: under jsdom, Vite rewrites `new URL(..., import.meta.url)` to http://.
const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'samples');

const FILE_OF: Record<DocumentType, string> = {
  id_card_front: 'id_card_front.jpg',
  id_card_back: 'id_card_back.jpg',
  id_card_handheld: 'id_card_handheld.jpg',
  business_license: 'business_license.png',
  authorization_letter: 'authorization_letter.pdf',
  proof_of_purchase: 'proof_of_purchase.webp',
  other: 'other.png',
};

/** Attempts that have a sample of their own. */
export const SAMPLE_ATTEMPTS = [1, 2] as const;

export function sampleFilePath(type: DocumentType, attempt: (typeof SAMPLE_ATTEMPTS)[number]): string {
  const name = FILE_OF[type];
  return join(SAMPLES_DIR, attempt === 1 ? name : name.replace(/\.(\w+)$/, `-${attempt}.$1`));
}

/**
 * Puts the samples in the store (content-addressed: each once) and points the
 * demo's documents that have no file yet at the sample of their type and
 * attempt, with its real hash, size and type (the file name keeps its stem
 * and takes the matching extension). One UPDATE per type and attempt.
 * Documents of a later attempt than the samples cover keep no file.
 */
export async function attachSampleFiles(db: Kysely<DB>, files: FileStore): Promise<number> {
  let updated = 0;
  for (const type of DOCUMENT_TYPES) {
    for (const attempt of SAMPLE_ATTEMPTS) {
      const path = sampleFilePath(type, attempt);
      const mimeType = sniffDocumentType(readFileSync(path).subarray(0, 16));
      if (!mimeType) throw new Error(`${path} is not a PNG, JPEG, WebP or PDF`);
      const stored = await files.put(createReadStream(path));
      const result = await db
        .updateTable('documents')
        .set({
          storageKey: stored.key,
          sha256: stored.sha256,
          sizeBytes: stored.size,
          mimeType,
          fileName: sql<string>`regexp_replace(file_name, '\\.[A-Za-z0-9]{1,5}$', '') || ${`.${EXTENSION_OF[mimeType]}`}`,
        })
        .where('type', '=', type)
        .where('attempt', '=', attempt)
        .where('storageKey', 'is', null)
        .where('fileDeletedAt', 'is', null)
        .executeTakeFirst();
      updated += Number(result.numUpdatedRows);
    }
  }
  return updated;
}
