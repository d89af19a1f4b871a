/** The media type of the Excel workbooks the API hands out (forms, rosters, statistics, spot checks). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
