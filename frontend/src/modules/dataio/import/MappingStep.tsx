import { Alert, Button, Checkbox, Col, Flex, Input, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import { useFieldDefs } from '../../crm/shared/settings';
import { DryRunImportMutation, ImportJobFields, ImportSetupQuery, SetImportMappingMutation, SuggestImportMappingQuery } from '../operations';
import { actionError } from './actionError';
import { encodingText, fieldLabel } from './labels';
import { applyTemplate, assign, completeMapping, fromPairs, IGNORE, missingRequired, toPairs, type Mapping } from './mapping';
import type { Job } from './steps';

type Props = { job: Job; onChecked: (job: Job) => void };

/** Step 2: which field each column feeds (suggested by the server), templates, then the dry run. */
export function MappingStep({ job, onChecked }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data: setup }] = useQuery({ query: ImportSetupQuery, variables: { kind: job.kind } });
  const [{ data: suggestion }] = useQuery({ query: SuggestImportMappingQuery, variables: { jobId: job.id }, requestPolicy: 'network-only' });
  const defs = useFieldDefs();
  const [mapping, setMapping] = useState<Mapping>(() => completeMapping(job.headers, fromPairs(job.mapping)));
  const [note, setNote] = useState<string | null>(null);
  const [saveAs, setSaveAs] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const kind = job.kind.toLowerCase();
  const fields = useMemo(() => setup?.importFields ?? [], [setup]);
  const templates = setup?.importTemplates ?? [];
  const customLabel = (key: string) => {
    const def = defs.defs.find((d) => d.key === key);
    return def ? defs.label(def) : null;
  };
  const options = [IGNORE, ...fields.map((f) => f.key)].map((key) => ({
    value: key,
    label: fieldLabel(t, kind, key, customLabel) + (fields.find((f) => f.key === key)?.required ? ' *' : ''),
  }));
  const missing = fields.length > 0 ? missingRequired(fields, mapping) : [];
  const template = suggestion?.suggestImportMapping.template;

  async function check() {
    setBusy(true);
    setError(null);
    const name = saveAs?.trim() || null;
    const set = await client
      .mutation(SetImportMappingMutation, {
        jobId: job.id,
        mapping: toPairs(mapping),
        duplicateStrategy: job.duplicateStrategy,
        saveTemplateAs: name,
      })
      .toPromise();
    if (!set.data) {
      setBusy(false);
      return setError(actionError(t, set.error));
    }
    const run = await client.mutation(DryRunImportMutation, { jobId: job.id }).toPromise();
    setBusy(false);
    if (!run.data) return setError(actionError(t, run.error));
    onChecked(unmask(ImportJobFields, run.data.dryRunImport));
  }

  return (
    <Flex vertical gap={16} data-testid="import-mapping">
      <Typography.Text type="secondary" data-testid="import-detected">
        {job.fileName} · {t('dataio.import.detected', { rows: job.totalRows, format: job.fileFormat.toUpperCase() })}
        {job.encoding && ` · ${t('dataio.import.encoding', { encoding: encodingText(t, job.encoding) })}`}
      </Typography.Text>
      <Alert type="info" showIcon title={note ?? (template ? t('dataio.import.suggestedFrom', { name: template }) : t('dataio.import.suggested'))} />
      {templates.length > 0 && (
        <Select
          allowClear
          placeholder={t('dataio.import.template')}
          aria-label={t('dataio.import.template')}
          style={{ maxWidth: 360 }}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          onChange={(id?: string) => {
            const tpl = templates.find((x) => x.id === id);
            if (!tpl) return;
            const applied = applyTemplate(job.headers, fromPairs(tpl.mapping));
            setMapping(applied.mapping);
            setNote(
              [t('dataio.import.templateApplied', { name: tpl.name }), applied.missing ? t('dataio.import.templateMissing', { count: applied.missing }) : '']
                .filter(Boolean)
                .join(' · '),
            );
          }}
          data-testid="import-template"
        />
      )}
      <Row gutter={[12, 8]} align="middle">
        <Col xs={0} md={12}>
          <Typography.Text strong>{t('dataio.import.column')}</Typography.Text>
        </Col>
        <Col xs={0} md={12}>
          <Typography.Text strong>{t('dataio.import.field')}</Typography.Text>
        </Col>
        {job.headers.map((header, index) => (
          <Col key={header} span={24}>
            <Row gutter={[12, 4]} align="middle">
              <Col xs={24} md={12}>
                <Typography.Text>{header}</Typography.Text>
              </Col>
              <Col xs={24} md={12}>
                <Select
                  aria-label={header}
                  style={{ width: '100%' }}
                  value={mapping[header] ?? IGNORE}
                  options={options}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(field: string) => setMapping((m) => assign(fields, m, header, field))}
                  data-testid={`import-map-${index}`}
                />
              </Col>
            </Row>
          </Col>
        ))}
      </Row>
      <Flex gap={8} align="center" wrap>
        <Checkbox checked={saveAs !== null} onChange={(e) => setSaveAs(e.target.checked ? '' : null)} data-testid="import-save-template">
          {t('dataio.import.saveTemplate')}
        </Checkbox>
        {saveAs !== null && (
          <Input
            aria-label={t('dataio.import.templateName')}
            placeholder={t('dataio.import.templateName')}
            maxLength={100}
            value={saveAs}
            onChange={(e) => setSaveAs(e.target.value)}
            style={{ maxWidth: 260 }}
            data-testid="import-template-name"
          />
        )}
      </Flex>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-missing"
          title={t('dataio.import.missing', {
            fields: missing.map((k) => fieldLabel(t, kind, k, customLabel)).join(', '),
          })}
        />
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
      <Flex justify="flex-end">
        <Button
          type="primary"
          loading={busy}
          disabled={fields.length === 0 || missing.length > 0 || (saveAs !== null && !saveAs.trim())}
          onClick={() => void check()}
          data-testid="import-check"
        >
          {busy ? t('dataio.import.checking') : t('dataio.import.check')}
        </Button>
      </Flex>
    </Flex>
  );
}

