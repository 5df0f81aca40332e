import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mayCall } from '../access/access-rules.js';
import { mayReadProgramme, unknownProgrammeAnswer } from '../modules/auth/programme-access.js';
import { Role } from '../access/viewer.js';
import { ReportRequestError } from '../modules/reports/steering-report.data.js';
import { createSteeringReport, parseReportLanguage } from '../modules/reports/steering-report.service.js';
import { submissionsCalendar, SubmissionsRequestError } from '../modules/submissions/submissions.service.js';
import { renderSubmissionsFile } from '../modules/submissions/submissions-file.js';
import { sendAttachment, type ExportRouteDependencies } from './export-http.js';
import { sendError } from './json-response.js';

/** Where reports are served. */
export const REPORTS_PATH_PREFIX = '/reports/';

/**
 * GET /reports/steering.pdf?programme=CODE&month=YYYY-MM[&lang=pl|en]: the monthly steering report for
 * the caller's role (bearer token or session cookie), with the figures its `indicators` and
 * `aggregate` queries would give. 401 without credentials, 400 naming a bad parameter.
 */
export async function handleReportRequest(hub: Omit<ExportRouteDependencies, 'questionVolume'>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  const url = new URL(request.url ?? '/', 'http://localhost');
  const submissions = /^\/reports\/submissions\.(csv|json)$/.exec(url.pathname);
  if (url.pathname !== '/reports/steering.pdf' && !submissions) {
    return sendError(
      response,
      404,
      { code: 'NOT_FOUND', message: 'No such report. Use /reports/steering.pdf?programme=CODE&month=YYYY-MM or /reports/submissions.{csv,json}?programme=CODE.' },
      requestId,
    );
  }
  if (request.method !== 'GET') {
    response.setHeader('allow', 'GET');
    return sendError(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Reports are read with GET.' }, requestId);
  }
  const authentication = await hub.authenticate({ authorization: request.headers.authorization, cookie: request.headers.cookie });
  if (!authentication.ok || !authentication.viewer) {
    response.setHeader('www-authenticate', 'Bearer');
    return sendError(response, 401, { code: 'UNAUTHENTICATED', message: 'Sign in or send "Authorization: Bearer <token>" for the report.' }, requestId);
  }
  const viewer = authentication.viewer;
  if (submissions) {
    if (!mayCall(viewer, 'Query.submissions')) {
      return sendError(response, 403, { code: 'FORBIDDEN', message: `The ${viewer.role} role may not read the submissions calendar.` }, requestId);
    }
    const programmeCode = url.searchParams.get('programme');
    if (!programmeCode) return sendError(response, 400, { code: 'BAD_REQUEST', parameter: 'programme', message: 'programme: give the programme code.' }, requestId);
    if (!mayReadProgramme(viewer, programmeCode)) return sendError(response, 400, unknownProgrammeAnswer(programmeCode), requestId);
    try {
      const calendar = await submissionsCalendar(hub.orm.em.fork(), {
        programmeCode,
        partnerCode: viewer.role === Role.PARTNER ? (viewer.partnerCode ?? '') : null,
      });
      return sendAttachment(response, renderSubmissionsFile(calendar, submissions[1] as 'csv' | 'json'), requestId);
    } catch (error) {
      if (error instanceof SubmissionsRequestError) return sendError(response, 400, { code: 'BAD_REQUEST', parameter: 'programme', message: error.message }, requestId);
      throw error;
    }
  }
  if (!mayCall(viewer, 'Query.indicators')) {
    return sendError(response, 403, { code: 'FORBIDDEN', message: `The ${viewer.role} role may not read reports.` }, requestId);
  }
  try {
    const programmeCode = url.searchParams.get('programme');
    const month = url.searchParams.get('month');
    if (!programmeCode) throw new ReportRequestError('programme', 'programme: give the programme code, e.g. programme=RDR-PLOCK-2011.');
    if (!mayReadProgramme(viewer, programmeCode)) return sendError(response, 400, unknownProgrammeAnswer(programmeCode), requestId);
    if (!month) throw new ReportRequestError('month', 'month: give the month, e.g. month=2012-03.');
    const file = await createSteeringReport(hub.orm.em.fork(), {
      programmeCode,
      month,
      lang: parseReportLanguage(url.searchParams.get('lang')),
      viewer,
      k: hub.config.suppressionK,
    });
    sendAttachment(response, { ...file, contentType: 'application/pdf' }, requestId);
  } catch (error) {
    if (error instanceof ReportRequestError) {
      return sendError(response, 400, { code: 'BAD_REQUEST', parameter: error.parameter, message: error.message }, requestId);
    }
    throw error;
  }
}
