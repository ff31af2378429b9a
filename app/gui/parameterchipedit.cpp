#include "parameterchipedit.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextObjectInterface>
#include <QToolTip>

namespace klausul {

namespace {

constexpr int ChipObjectType = QTextFormat::UserObject + 17;
constexpr int ChipIdProperty = QTextFormat::UserProperty + 17;
constexpr int ChipPadding = 4;

/** Draws the chips of one editor: a rounded, highlighted box with the label and value. */
class ChipHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChipHandler(ParameterChipEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QFontMetricsF metrics(m_edit->font());
        const QString text = m_edit->chipText(format.property(ChipIdProperty).toString());
        return {metrics.horizontalAdvance(text) + 2 * ChipPadding, metrics.height()};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
        const QTextFormat &format) override
    {
        const QString text = m_edit->chipText(format.property(ChipIdProperty).toString());
        const QPalette &palette = m_edit->palette();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(40);
        painter->setPen(palette.color(QPalette::Highlight));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(palette.color(QPalette::Text));
        painter->setFont(m_edit->font());
        painter->drawText(rect.adjusted(ChipPadding, 0, -ChipPadding, 0), Qt::AlignCenter, text);
        painter->restore();
    }

private:
    ParameterChipEdit *m_edit;
};

const QRegularExpression &slotPattern()
{
    static const QRegularExpression slot(QStringLiteral("\\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\}"));
    return slot;
}

} // namespace

ParameterChipEdit::ParameterChipEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_handler(new ChipHandler(this))
{
    document()->documentLayout()->registerHandler(ChipObjectType, m_handler);
    // Text typed next to a chip is plain text, never part of the chip's format.
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!textCursor().hasSelection() && currentCharFormat().objectType() == ChipObjectType)
            setCurrentCharFormat(QTextCharFormat());
    });
}

void ParameterChipEdit::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
}

QString ParameterChipEdit::chipText(const QString &id) const
{
    const auto chip = m_resolver ? m_resolver(id) : std::nullopt;
    if (!chip)
        return {};
    return chip->second.isEmpty()
        ? chip->first
        : tr("%1: %2", "parameter chip: label, value").arg(chip->first, chip->second);
}

void ParameterChipEdit::setEditableText(const QString &text)
{
    setPlainText(text);
    chipify(0, document()->characterCount() - 1);
    document()->clearUndoRedoStacks();
    moveCursor(QTextCursor::Start);
}

void ParameterChipEdit::chipify(int from, int to)
{
    if (!m_resolver)
        return;
    const QString text = document()->toRawText(); // blocks joined by U+2029, as positions count
    QList<QRegularExpressionMatch> found;
    auto it = slotPattern().globalMatch(text.left(to), from);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype backslashes = 0;
        for (qsizetype i = match.capturedStart() - 1; i >= 0 && text.at(i) == u'\\'; --i)
            ++backslashes;
        if (backslashes % 2 == 0 && m_resolver(match.captured(1)))
            found << match;
    }
    if (found.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // Backwards, so the earlier positions stay valid.
    for (auto m = found.crbegin(); m != found.crend(); ++m) {
        cursor.setPosition(int(m->capturedStart()));
        cursor.setPosition(int(m->capturedEnd()), QTextCursor::KeepAnchor);
        QTextCharFormat chip;
        chip.setObjectType(ChipObjectType);
        chip.setProperty(ChipIdProperty, m->captured(1));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chip);
    }
    cursor.endEditBlock();
}

QString ParameterChipEdit::stored(int from, int to) const
{
    QString out;
    for (QTextBlock block = document()->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        if (block.position() > from)
            out += u'\n';
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment f = fragment.fragment();
            const int start = std::max(from, f.position());
            const int end = std::min(to, f.position() + f.length());
            if (start >= end)
                continue;
            const QString text = f.text().mid(start - f.position(), end - start);
            if (f.charFormat().objectType() != ChipObjectType) {
                out += text;
                continue;
            }
            const QString slot = u'{' + f.charFormat().property(ChipIdProperty).toString() + u'}';
            for (const QChar c : text)
                out += c == QChar::ObjectReplacementCharacter ? slot : QString(c);
        }
    }
    return out;
}

QString ParameterChipEdit::editableText() const
{
    return stored(0, document()->characterCount() - 1);
}

QStringList ParameterChipEdit::chipIds() const
{
    QStringList ids;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment f = fragment.fragment();
            if (f.charFormat().objectType() == ChipObjectType) {
                for (int i = 0; i < f.length(); ++i)
                    ids << f.charFormat().property(ChipIdProperty).toString();
            }
        }
    }
    return ids;
}

void ParameterChipEdit::refreshChips()
{
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

QMimeData *ParameterChipEdit::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    auto *data = new QMimeData;
    data->setText(stored(cursor.selectionStart(), cursor.selectionEnd()));
    return data;
}

void ParameterChipEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText())
        return;
    QTextCursor cursor = textCursor();
    const int from = cursor.selectionStart();
    cursor.insertText(source->text(), QTextCharFormat());
    chipify(from, cursor.position());
    ensureCursorVisible();
}

QString ParameterChipEdit::chipAt(const QPoint &viewportPos) const
{
    const int near = cursorForPosition(viewportPos).position();
    for (const int position : {near, near - 1}) {
        if (position < 0 || document()->characterAt(position) != QChar::ObjectReplacementCharacter)
            continue;
        QTextCursor at(document());
        at.setPosition(position + 1); // the format of the character before the cursor
        if (at.charFormat().objectType() != ChipObjectType)
            continue;
        QTextCursor before(document());
        before.setPosition(position);
        const QRect left = cursorRect(before);
        const QRect right = cursorRect(at);
        const QRect chip(
            left.topLeft(), QPoint(std::max(left.left(), right.left()), left.bottom()));
        if (chip.adjusted(-1, -1, 1, 1).contains(viewportPos))
            return at.charFormat().property(ChipIdProperty).toString();
    }
    return {};
}

bool ParameterChipEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = chipAt(help->pos());
        if (!id.isEmpty()) {
            QToolTip::showText(help->globalPos(),
                tr("%1 (the parameter {%2}; change its value on the Parameters tab)")
                    .arg(chipText(id), id),
                viewport());
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace klausul

#include "parameterchipedit.moc"
