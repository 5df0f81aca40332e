import { lazy } from 'react';

/** The chart components, each loaded on first use from the one nivo chunk. */
const load = () => import('./nivo-charts');
export const LineChart = lazy(() => load().then((module) => ({ default: module.LineChart })));
export const TrajectoryChart = lazy(() => load().then((module) => ({ default: module.TrajectoryChart })));
export const BarChart = lazy(() => load().then((module) => ({ default: module.BarChart })));
export const HeatMapChart = lazy(() => load().then((module) => ({ default: module.HeatMapChart })));
export const SankeyChart = lazy(() => load().then((module) => ({ default: module.SankeyChart })));
export const FunnelChart = lazy(() => load().then((module) => ({ default: module.FunnelChart })));
