import decreeClasses from './decree-document.module.css';

/** The sheet, letterhead, title, tables, signature blocks and recipients of a Decree 30/2020/NĐ-CP document. */
export { decreeClasses };
