#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace klausul {

class DraftDocument;

/**
 * A non-modal bar above the annex list, shown after a clause is added out of number order while
 * no version is published: it offers to renumber the requirements in annex order
 * (DraftDocument::renumberBeforePublication, one undo step). It hides itself when the offer no
 * longer applies (renumbered, undone, published) or when dismissed.
 */
class RenumberBar : public QFrame
{
    Q_OBJECT

public:
    explicit RenumberBar(QWidget *parent = nullptr);

    /** Shows the offer for `document` if it applies, with `uid` the requirement just added. */
    void offer(DraftDocument *document, const QString &uid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QPointer<DraftDocument> m_document;
    QString m_uid;
    QLabel *m_text;
    QPushButton *m_renumber;
    QPushButton *m_dismiss;
};

} // namespace klausul
