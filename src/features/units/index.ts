export { UnitList } from './components/unit-list';
export { UnitDetail } from './components/unit-detail';
