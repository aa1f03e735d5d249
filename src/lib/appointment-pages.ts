/** Routes of the appointments section. */
export const APPOINTMENT_VIEWS = [
  { route: '/appointments/', label: '按日期' },
  { route: '/appointments/people/', label: '按姓名' },
  { route: '/appointments/organs/', label: '按单位' },
] as const;
