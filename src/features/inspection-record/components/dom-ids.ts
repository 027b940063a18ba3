/** Element ids the completeness list links to (a problem's "go to" focuses the place to fix). */
export const criterionDomId = (criterionId: string) => `tieu-chi-${criterionId}`;
export const findingDomId = (findingId: string, field: string) => `ton-tai-${findingId}-${field}`;
export const actionDomId = (actionId: string, field: string) => `kien-nghi-${actionId}-${field}`;
export const datesDomId = (field: 'startDate' | 'endDate') => `ngay-${field}`;
export const findingsSectionId = 'ton-tai-han-che';
