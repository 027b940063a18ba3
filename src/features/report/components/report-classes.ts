import { decreeClasses } from '../../../components/decree-document';
import own from './report.module.css';

/** The Decree 30 document's classes and the report's own (charts, number columns, the closing row). */
export const classes = { ...decreeClasses, ...own };
