#pragma once

#include "core/draft.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace klausul {

/** The annex's details: authority, tender, case number, annex number and title, category, language.
 */
class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    MetadataDialog(const DraftMetadata &metadata, bool isNew, QWidget *parent = nullptr);
    DraftMetadata metadata() const;

private:
    void validate();

    DraftMetadata m_metadata;
    QLineEdit *m_authority;
    QLineEdit *m_tender;
    QLineEdit *m_caseNumber;
    QLineEdit *m_annexNumber;
    QLineEdit *m_annexTitle;
    QComboBox *m_category;
    QComboBox *m_language;
    QPushButton *m_ok = nullptr;
};

} // namespace klausul
