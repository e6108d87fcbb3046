// The step-up dialog, for any module: mount <StepUpProvider> once (AppLayout does), then
//   const { withStepUp } = useStepUp();
//   const result = await withStepUp(() => executeMutation(variables));
export { StepUpProvider } from './StepUpProvider';
export { useStepUp, type StepUp, type WithStepUp } from './context';
