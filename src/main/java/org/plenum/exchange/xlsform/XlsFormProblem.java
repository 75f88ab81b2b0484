package org.plenum.exchange.xlsform;

/**
 * Something wrong in an XLSForm, where it is and why.
 *
 * @param file   the workbook's or folder's name
 * @param sheet  {@code survey}, {@code choices} or {@code settings}
 * @param row    the row as a spreadsheet shows it (the header is row 1; 0 for the sheet as a whole)
 * @param column the column's header (empty for the row or sheet as a whole)
 * @param reason why it cannot be used
 */
public record XlsFormProblem(String file, String sheet, int row, String column, String reason) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file).append(", sheet ").append(sheet);
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            where.append(", column ").append(column);
        }
        return where.append(": ").append(reason).toString();
    }
}
