#pragma once

#include <QPlainTextEdit>

#include <functional>
#include <optional>

namespace klausul {

/**
 * The own-wording editor: plain text in which every parameter slot `{id}` is shown as one
 * highlighted chip with the parameter's label and current value ("Frist: 24 timer") instead of
 * raw markup. A chip is a single object character in the document, so it is typed over, deleted
 * and moved as one piece; editableText() gives the stored form back with `{id}` in its place, and
 * copying a chip copies `{id}`. Slots typed or pasted by hand become chips when text is set again
 * or pasted; an escaped `\{id}` stays text.
 */
class ParameterChipEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    /** The chip's label and value for a parameter id, or nullopt when it is no parameter. */
    using Resolver = std::function<std::optional<std::pair<QString, QString>>(const QString &id)>;

    explicit ParameterChipEdit(QWidget *parent = nullptr);

    void setResolver(Resolver resolver);
    /** Sets the stored form (with `{id}` slots); the slots the resolver knows become chips. */
    void setEditableText(const QString &text);
    /** The stored form: the text with every chip as `{id}`. */
    QString editableText() const;
    /** The text a chip shows, e.g. "Frist: 24 timer" (empty for an unknown id). */
    QString chipText(const QString &id) const;
    /** The parameter ids of the chips, in document order. */
    QStringList chipIds() const;
    /** Re-reads labels and values (after a parameter value changed). */
    void refreshChips();

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void insertFromMimeData(const QMimeData *source) override;
    bool viewportEvent(QEvent *event) override;

private:
    /** Turns the resolver's `{id}` slots between `from` and `to` into chips. */
    void chipify(int from, int to);
    QString stored(int from, int to) const;
    QString chipAt(const QPoint &viewportPos) const;

    Resolver m_resolver;
    QObject *m_handler;
};

} // namespace klausul
