#pragma once

#include "core/draftdocument.h"

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace klausul {

/**
 * The parameter form of one requirement: one field per parameter of its clause, generated from
 * the parameter types. This is the one place that maps a parameter type to its editor (and the
 * editor's content back to a canonical value):
 *
 * | type | editor |
 * |---|---|
 * | Integer, Decimal | line edit with the unit beside it and the allowed range under it |
 * | Choice | drop-down, or check boxes when several values may be chosen |
 * | Date | date edit with a calendar |
 * | Reference | drop-down of the contract map's annexes or of this annex's requirements |
 * | Text | line edit |
 *
 * Number fields keep what the user types, also outside the range or not a number at all: the
 * value goes to the draft as typed, the annex builder flags it (Problems panel) and the problem is
 * shown under the field. Nothing is clamped or reverted. Every field is laid out as one column
 * (label, editor, range, problem, shared note, help text), so nothing overlaps at any width.
 */
class ParameterForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ParameterForm(QWidget *parent = nullptr);

    /** Builds the fields for `clause` (none: "no parameters") in the document's language. */
    void rebuild(const DraftDocument &document, const Clause *clause, const DraftItem &item);
    /** Shows the item's current values and the problems per parameter id; a focused editor keeps
     * what is typed in it. */
    void updateValues(
        const Clause *clause, const DraftItem &item, const QHash<QString, QString> &problems);
    /** Focuses the editor of `parameterId`; false when there is none. */
    bool focusParameter(const QString &parameterId);
    void retranslate();

    /** The colour of help texts: as pale as the palette allows while keeping a contrast of at
     * least 4.5:1 (WCAG AA) against the window background. */
    static QColor hintColor(const QPalette &palette);
    /** The WCAG 2 contrast ratio of two colours (1 to 21). */
    static double contrastRatio(const QColor &a, const QColor &b);

signals:
    /** The user changed the value of `parameterId` to `value` (canonical when it could be read,
     * otherwise as typed). */
    void valueEdited(const QString &parameterId, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createEditor(const DraftDocument &document, const Parameter &parameter);
    QWidget *createNumberEditor(const Parameter &parameter);
    QString rangeText(const Parameter &parameter) const;
    void applyHintPalette();

    QWidget *m_page;
    QVBoxLayout *m_fields;
    QLabel *m_noParameters;
    Language m_language = Language::Danish;
    bool m_updating = false;
};

} // namespace klausul
