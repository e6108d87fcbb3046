import { DownloadOutlined, FileImageOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tooltip } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fileStem, saveCsv, saveUrl } from '../csv';
import { EChart, type ChartHandle } from './EChart';
import type { ChartSpec } from './spec';

type Props = { spec: ChartSpec; empty: boolean; height?: number; stamp: string };

/**
 * A dashboard card: the chart, "download PNG" (the canvas as drawn), "download CSV" (the figures
 * behind it, escaped against formula injection) and a click on a bar or segment opening the list
 * of the records behind it. `stamp` (the date range) goes into the file names.
 */
export function ChartCard({ spec, empty, height, stamp }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const chart = useRef<ChartHandle>(null);
  const name = `${fileStem(spec.title)}_${stamp}`;
  const drill = spec.drill;

  function png() {
    const url = chart.current?.pngDataUrl();
    if (url) saveUrl(`${name}.png`, url);
  }

  const extra = (
    <Flex gap={4}>
      <Tooltip title={t('reports.downloadPng')}>
        <Button
          size="small"
          type="text"
          icon={<FileImageOutlined />}
          aria-label={t('reports.downloadPng')}
          disabled={empty}
          onClick={png}
          data-testid={`chart-${spec.key}-png`}
        />
      </Tooltip>
      <Tooltip title={t('reports.downloadCsv')}>
        <Button
          size="small"
          type="text"
          icon={<DownloadOutlined />}
          aria-label={t('reports.downloadCsv')}
          onClick={() => saveCsv(`${name}.csv`, spec.table.header, spec.table.rows)}
          data-testid={`chart-${spec.key}-csv`}
        />
      </Tooltip>
    </Flex>
  );

  return (
    <Card title={spec.title} extra={extra} size="small" data-testid={`chart-${spec.key}`} styles={{ body: { padding: 12 } }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.empty')} style={{ height, margin: 0 }} />
      ) : (
        <EChart
          ref={chart}
          option={spec.option}
          height={height}
          label={spec.title}
          testId={`chart-${spec.key}-canvas`}
          onClick={
            drill
              ? (click) => {
                  const to = drill(click);
                  if (to) void navigate(to);
                }
              : undefined
          }
        />
      )}
    </Card>
  );
}
