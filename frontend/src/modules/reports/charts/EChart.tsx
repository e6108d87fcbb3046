import { Spin } from 'antd';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { ChartOption } from './echarts';

/** What a chart's owner may ask of it: its picture, for the "download PNG" button. */
export type ChartHandle = { pngDataUrl: () => string | null };

/** The part of an echarts click event a drill-down needs: which category / segment, which series. */
export type ChartClick = { dataIndex: number; seriesIndex: number; name: string };

type Instance = ReturnType<typeof import('./echarts').init>;

type Props = {
  option: ChartOption;
  onClick?: (click: ChartClick) => void;
  height?: number;
  testId: string;
  label: string;
  ref?: Ref<ChartHandle>;
};

/**
 * One echarts canvas. The library loads on first use (its own chunk), the canvas follows its
 * container's width (phones, a collapsing side menu) and is disposed with the component.
 */
export function EChart({ option, onClick, height = 300, testId, label, ref }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  const click = useRef(onClick);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    click.current = onClick;
  });

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('./echarts').then(({ init }) => {
      if (disposed || !box.current) return;
      const instance = init(box.current, undefined, { renderer: 'canvas' });
      instance.on('click', (event) => {
        const e = event as { dataIndex?: number; seriesIndex?: number; name?: string };
        click.current?.({ dataIndex: e.dataIndex ?? 0, seriesIndex: e.seriesIndex ?? 0, name: e.name ?? '' });
      });
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a filter change may remove series; merging would keep the old ones drawn.
    if (ready) chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option, ready]);

  useImperativeHandle(
    ref,
    () => ({
      pngDataUrl: () =>
        chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null,
    }),
    [],
  );

  return (
    <Spin spinning={!ready}>
      <div
        ref={box}
        role="img"
        aria-label={label}
        data-testid={testId}
        data-ready={ready ? 'true' : 'false'}
        style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      />
    </Spin>
  );
}
