import type { ImportReportJson } from '@razem/contract';
/** The import report as POST /imports answers it (the contract's shape, written by the API). */
export type UploadReport = ImportReportJson;

export interface UploadRequest {
  programme: string;
  kind: string;
  encoding: 'utf-8' | 'windows-1250';
  mode: 'merge' | 'replace';
  dryRun: boolean;
  allowMassDelete: boolean;
  file: File;
  onProgress: (sent: number, total: number) => void;
}

export type UploadOutcome = { report: UploadReport } | { problem: string };

/**
 * Sends a partner file to POST /imports/{kind} as the raw body. XMLHttpRequest, not fetch: only it
 * reports upload progress. The session cookie goes along (same origin); the text/csv content type
 * makes the browser treat it as a non-simple request, which the hub's CSRF rule requires.
 */
export function uploadPartnerFile(request: UploadRequest): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({
      programme: request.programme,
      encoding: request.encoding,
      mode: request.mode,
      dryRun: String(request.dryRun),
      allowMassDelete: String(request.allowMassDelete),
      fileName: request.file.name,
    });
    xhr.open('POST', `/imports/${encodeURIComponent(request.kind)}?${query}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (event) => request.onProgress(event.loaded, event.lengthComputable ? event.total : request.file.size);
    xhr.onerror = () => resolve({ problem: 'network' });
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return resolve({ problem: `HTTP ${xhr.status}` });
      }
      if (xhr.status === 200 || xhr.status === 422) return resolve({ report: body as UploadReport });
      const failure = body as { error?: { message?: string }; errors?: Array<{ message?: string }> };
      resolve({ problem: failure.error?.message ?? failure.errors?.[0]?.message ?? `HTTP ${xhr.status}` });
    };
    xhr.send(request.file);
  });
}
