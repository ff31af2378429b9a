#include "xlsxschedule.h"

#include "complianceschedule.h"
#include "documenttext.h"
#include "safesave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <vector>
#include <xlsxwriter.h>

namespace klausul {

namespace {

constexpr int HeadingRow = 7;

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    const QByteArray utf8 = text.toUtf8();
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format);
}

} // namespace

int XlsxSchedule::headingRow()
{
    return HeadingRow;
}

bool XlsxSchedule::save(const Annex &annex, const QString &path, QString *error)
{
    using DocumentText::Phrase;
    const Language language = annex.language;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("cannot write %1: the folder %2 does not exist")
                         .arg(QDir::toNativeSeparators(path),
                             QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/klausul-xlsx-XXXXXX"));
    if (!work.isValid()) {
        if (error)
            *error = tr("cannot create a temporary folder: %1").arg(work.errorString());
        return false;
    }
    const QString temporary = work.filePath(QStringLiteral("schedule.xlsx"));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *book = workbook_new_opt(temporaryName.constData(), &options);
    if (!book) {
        if (error)
            *error = tr("cannot create the workbook %1").arg(temporary);
        return false;
    }
    const QByteArray sheetName =
        DocumentText::text(Phrase::ComplianceSchedule, language).left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());

    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_bg_color(heading, 0xD9E2F3);
    format_set_border(heading, LXW_BORDER_THIN);
    format_set_align(heading, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *cell = workbook_add_format(book);
    format_set_text_wrap(cell);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *answer = workbook_add_format(book);
    format_set_text_wrap(answer);
    format_set_border(answer, LXW_BORDER_THIN);
    format_set_align(answer, LXW_ALIGN_VERTICAL_TOP);
    format_set_unlocked(answer);
    format_set_bg_color(answer, 0xFFFDE7);

    QString heading1 = annex.title + QStringLiteral(" – ") +
        DocumentText::text(Phrase::ComplianceSchedule, language);
    writeText(sheet, 0, 0, heading1, title);
    QStringList line;
    if (!annex.metadata.tender.isEmpty())
        line << annex.metadata.tender;
    if (!annex.metadata.caseNumber.isEmpty())
        line << DocumentText::text(Phrase::CaseNumber, language).arg(annex.metadata.caseNumber);
    if (!annex.versions.isEmpty())
        line << DocumentText::text(Phrase::Version, language) + u' ' +
                annex.versions.constLast().number;
    writeText(sheet, 1, 0, line.join(QStringLiteral(" · ")), nullptr);
    writeText(sheet, 2, 0, DocumentText::text(Phrase::ScheduleIntro, language), nullptr);
    int row = 3;
    for (const QString &meaning : ComplianceSchedule::explanations(language))
        writeText(sheet, row++, 0, meaning, nullptr);

    const QStringList columns = ComplianceSchedule::columns(language);
    const double widths[] = {8, 42, 8, 14, 50, 28};
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        writeText(sheet, HeadingRow, c, columns.at(c), heading);
    }
    const QList<ScheduleRow> rows = ComplianceSchedule::rows(annex);
    row = HeadingRow + 1;
    for (const ScheduleRow &r : rows) {
        writeText(sheet, row, 0, r.numberLabel, cell);
        writeText(sheet, row, 1, r.title, cell);
        writeText(sheet, row, 2, r.type, cell);
        for (int c = 3; c < 6; ++c)
            writeText(sheet, row, c, QString(), r.withdrawn ? cell : answer);
        ++row;
    }
    if (!rows.isEmpty()) {
        // "Opfyldt": ja / nej / delvis (yes / no / partly).
        QList<QByteArray> choices = language == Language::Danish
            ? QList<QByteArray> {"ja", "nej", "delvis"}
            : QList<QByteArray> {"yes", "no", "partly"};
        std::vector<char *> list;
        for (QByteArray &choice : choices)
            list.push_back(choice.data());
        list.push_back(nullptr);
        lxw_data_validation validation {};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
        worksheet_data_validation_range(sheet, lxw_row_t(HeadingRow + 1), 3,
            lxw_row_t(HeadingRow + rows.size()), 3, &validation);
    }
    worksheet_freeze_panes(sheet, lxw_row_t(HeadingRow + 1), 0);
    worksheet_repeat_rows(sheet, lxw_row_t(HeadingRow), lxw_row_t(HeadingRow));
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    lxw_protection protection {};
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    worksheet_protect(sheet, nullptr, &protection);

    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) {
        if (error)
            *error =
                tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    return SafeSave::copyInto(temporary, path, error);
}

} // namespace klausul
