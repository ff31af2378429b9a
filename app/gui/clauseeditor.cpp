#include "clauseeditor.h"

#include "core/clause.h"
#include "core/htmlrender.h"
#include "core/libraryloader.h"
#include "core/lint.h"
#include "core/safesave.h"
#include "core/safexml.h"
#include "core/xmlformat.h"
#include "dialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace klausul {

namespace {

const QString Da = QStringLiteral("da");
const QString En = QStringLiteral("en");

enum ParameterColumn {
    ColId,
    ColType,
    ColUnit,
    ColMin,
    ColMax,
    ColMultiple,
    ColCombine,
    ColDefault,
    ColRequired,
    ColLabelDa,
    ColLabelEn,
    ColGuidanceDa,
    ColGuidanceEn,
    ColChoices,
    ColRole,
    ColumnCount
};

/** "value=Dansk|English; value2=…": a parameter's choices in one table cell. */
QString choicesText(const QList<EditableParameter::Choice> &choices)
{
    QStringList parts;
    for (const auto &choice : choices)
        parts << choice.value + u'=' + choice.label.da + u'|' + choice.label.en;
    return parts.join(QStringLiteral("; "));
}

QList<EditableParameter::Choice> choicesFromText(const QString &text)
{
    QList<EditableParameter::Choice> choices;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        EditableParameter::Choice choice;
        choice.value = (equals < 0 ? part : part.left(equals)).trimmed();
        const QString labels = equals < 0 ? QString() : part.mid(equals + 1);
        choice.label.da = labels.section(u'|', 0, 0).trimmed();
        choice.label.en = labels.section(u'|', 1).trimmed();
        if (!choice.value.isEmpty())
            choices.append(choice);
    }
    return choices;
}

QPlainTextEdit *textEdit(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    return edit;
}

QLineEdit *lineEdit(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}

/** Sets a widget's text without emitting a change, keeping the cursor where it can. */
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // show the start of a long title
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

void setCombo(QComboBox *combo, const QString &data)
{
    const QSignalBlocker blocker(combo);
    int index = combo->findData(data);
    if (index < 0) {
        combo->addItem(data, data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString referenceText(const Reference &reference, const Library *library)
{
    QString text = reference.schemeKey() + u' ' + reference.id;
    if (library) {
        const QString title = library->referenceTitle(reference, Language::Danish);
        if (!title.isEmpty())
            text += QStringLiteral(" – ") + title;
    }
    return text;
}

/** Offers the schema's values for the type, unit and combine columns of the parameter table. */
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(const QStringList &values, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_values(values)
    { }
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(m_values);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, int(combo->findText(index.data().toString()))));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QStringList m_values;
};

} // namespace

/** One field edit of one clause: the clause's state before and after it. */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ClauseEditorWindow *window, const QString &key, const QString &field,
        const EditableClause &before, const EditableClause &after)
        : m_window(window)
        , m_key(key)
        , m_field(field)
        , m_before(before)
        , m_after(after)
    {
        setText(field);
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Typing in one field is one step; a new field starts a new one.
        const auto *edit = static_cast<const EditCommand *>(other);
        if (edit->m_key != m_key || edit->m_field != m_field)
            return false;
        m_after = edit->m_after;
        return true;
    }
    void undo() override { m_window->setState(m_key, m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false; // the edit is already applied
            return;
        }
        m_window->setState(m_key, m_after);
    }

private:
    ClauseEditorWindow *m_window;
    QString m_key;
    QString m_field;
    EditableClause m_before;
    EditableClause m_after;
    bool m_first = true;
};

ClauseEditorWindow::ClauseEditorWindow(const QString &folder, QWidget *parent)
    : QMainWindow(parent)
    , m_folder(QDir(folder).absolutePath())
    , m_undo(new QUndoStack(this))
    , m_validationTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("clauseEditor"));
    confirmVersionBump = [this](const QString &question) {
        return MessageBox::question(this, tr("New version"), question,
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    };
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(300);
    connect(m_validationTimer, &QTimer::timeout, this, [this] { validateNow(); });
    buildUi();
    retranslate();
    loadLibrary();
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateTitle(); });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { updateTitle(); });
    resize(1280, 800);
}

ClauseEditorWindow::~ClauseEditorWindow()
{
    // The undo stack's commands point back at this window; clear them while it is whole.
    m_undo->clear();
}

void ClauseEditorWindow::buildUi()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &ClauseEditorWindow::newClauseInteractive);
    m_duplicateAction = new QAction(this);
    connect(
        m_duplicateAction, &QAction::triggered, this, &ClauseEditorWindow::duplicateInteractive);
    m_withdrawAction = new QAction(this);
    connect(m_withdrawAction, &QAction::triggered, this, &ClauseEditorWindow::withdrawClause);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &ClauseEditorWindow::saveInteractive);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);

    QMenu *file = menuBar()->addMenu(tr("&Library"));
    file->addAction(m_newAction);
    file->addAction(m_duplicateAction);
    file->addAction(m_withdrawAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_closeAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    QToolBar *toolBar = addToolBar(tr("Clause"));
    toolBar->setObjectName(QStringLiteral("clauseToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_withdrawAction);
    toolBar->addSeparator();
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = lineEdit(QStringLiteral("clauseSearch"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("clauseList"));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, [this] { fillList(); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating || !item)
            return;
        m_current = item->data(Qt::UserRole).toString();
        refreshForm();
        validateNow();
    });

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("clauseTabs"));
    m_tabs->addTab(buildClauseTab(), QString());
    m_tabs->addTab(buildParametersTab(), QString());
    m_tabs->addTab(buildVariantsTab(), QString());
    m_tabs->addTab(buildReferencesTab(), QString());
    m_tabs->addTab(buildGuidanceTab(), QString());

    m_previewDa = new QTextBrowser;
    m_previewDa->setObjectName(QStringLiteral("previewDa"));
    m_previewEn = new QTextBrowser;
    m_previewEn->setObjectName(QStringLiteral("previewEn"));
    auto *previews = new QTabWidget;
    previews->setObjectName(QStringLiteral("previewTabs"));
    previews->addTab(m_previewDa, QStringLiteral("Dansk"));
    previews->addTab(m_previewEn, QStringLiteral("English"));
    m_problemList = new QListWidget;
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setWordWrap(true);
    auto *problemsBox = new QWidget;
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsLabel = new QLabel(tr("Problems"));
    problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problemList);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(previews);
    right->addWidget(problemsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({260, 600, 420});
    setCentralWidget(splitter);
    statusBar();
}

QWidget *ClauseEditorWindow::buildClauseTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *header = new QGridLayout;
    m_id = lineEdit(QStringLiteral("idEdit"));
    m_version = new QSpinBox;
    m_version->setObjectName(QStringLiteral("versionSpin"));
    m_version->setRange(1, 9999);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_replacedBy = lineEdit(QStringLiteral("replacedByEdit"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_option = new QComboBox;
    m_option->setObjectName(QStringLiteral("optionCombo"));
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_contractTypes = lineEdit(QStringLiteral("contractTypesEdit"));
    for (const QString &code :
        {QStringLiteral("draft"), QStringLiteral("approved"), QStringLiteral("withdrawn")})
        m_status->addItem(QString(), code);
    for (const QString &code :
        {QStringLiteral("MK"), QStringLiteral("PK"), QStringLiteral("K"), QStringLiteral("Option")})
        m_type->addItem(code, code);
    for (const QString &code : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        m_option->addItem(code, code);

    const QList<QPair<QWidget *, QString>> cells = {{m_id, QStringLiteral("idLabel")},
        {m_version, QStringLiteral("versionLabel")}, {m_status, QStringLiteral("statusLabel")},
        {m_replacedBy, QStringLiteral("replacedByLabel")}, {m_type, QStringLiteral("typeLabel")},
        {m_option, QStringLiteral("optionLabel")}, {m_theme, QStringLiteral("themeLabel")},
        {m_contractTypes, QStringLiteral("contractTypesLabel")}};
    for (int i = 0; i < cells.size(); ++i) {
        auto *label = new QLabel;
        label->setObjectName(cells.at(i).second);
        label->setBuddy(cells.at(i).first);
        header->addWidget(label, i / 4 * 2, i % 4);
        header->addWidget(cells.at(i).first, i / 4 * 2 + 1, i % 4);
    }
    layout->addLayout(header);

    auto *texts = new QGridLayout;
    auto *daLabel = new QLabel(QStringLiteral("<b>Dansk</b>"));
    auto *enLabel = new QLabel(QStringLiteral("<b>English</b>"));
    texts->addWidget(daLabel, 0, 0);
    texts->addWidget(enLabel, 0, 1);
    m_titleDa = lineEdit(QStringLiteral("titleDa"));
    m_titleEn = lineEdit(QStringLiteral("titleEn"));
    m_bodyDa = textEdit(QStringLiteral("bodyDa"));
    m_bodyEn = textEdit(QStringLiteral("bodyEn"));
    texts->addWidget(m_titleDa, 1, 0);
    texts->addWidget(m_titleEn, 1, 1);
    texts->addWidget(m_bodyDa, 2, 0);
    texts->addWidget(m_bodyEn, 2, 1);
    texts->setRowStretch(2, 1);
    layout->addLayout(texts, 1);

    auto *hint = new QLabel;
    hint->setObjectName(QStringLiteral("textHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *appliesLabel = new QLabel;
    appliesLabel->setObjectName(QStringLiteral("appliesLabel"));
    layout->addWidget(appliesLabel);
    m_applies = textEdit(QStringLiteral("appliesEdit"));
    m_applies->setMaximumHeight(70);
    appliesLabel->setBuddy(m_applies);
    layout->addWidget(m_applies);
    m_unedited = new QLabel;
    m_unedited->setObjectName(QStringLiteral("uneditedLabel"));
    m_unedited->setWordWrap(true);
    layout->addWidget(m_unedited);

    auto attribute = [this](const QString &name, const QString &value) {
        edit(name, [&](EditableClause &c) { c.setAttribute(name, value); });
    };
    connect(m_id, &QLineEdit::textEdited, this,
        [attribute](const QString &text) { attribute(QStringLiteral("id"), text.trimmed()); });
    connect(m_version, qOverload<int>(&QSpinBox::valueChanged), this, [this, attribute](int v) {
        if (!m_updating)
            attribute(QStringLiteral("version"), QString::number(v));
    });
    connect(m_replacedBy, &QLineEdit::textEdited, this, [attribute](const QString &text) {
        attribute(QStringLiteral("replaced-by"), text.trimmed());
    });
    connect(m_contractTypes, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(
            QStringLiteral("contract-types"), [&](EditableClause &c) { c.setContractTypes(text); });
    });
    const QList<QPair<QComboBox *, QString>> combos = {{m_status, QStringLiteral("status")},
        {m_type, QStringLiteral("type")}, {m_option, QStringLiteral("option")},
        {m_theme, QStringLiteral("theme")}};
    for (const auto &[combo, name] : combos) {
        QComboBox *box = combo;
        const QString attributeName = name;
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, box, attributeName, attribute] {
                if (!m_updating)
                    attribute(attributeName, box->currentData().toString());
            });
    }
    connect(m_titleDa, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("title-da"), [&](EditableClause &c) { c.setTitle(Da, text); });
    });
    connect(m_titleEn, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("title-en"), [&](EditableClause &c) { c.setTitle(En, text); });
    });
    connect(m_bodyDa, &QPlainTextEdit::textChanged, this, [this] {
        edit(QStringLiteral("body-da"),
            [&](EditableClause &c) { c.setBody(Da, m_bodyDa->toPlainText()); });
    });
    connect(m_bodyEn, &QPlainTextEdit::textChanged, this, [this] {
        edit(QStringLiteral("body-en"),
            [&](EditableClause &c) { c.setBody(En, m_bodyEn->toPlainText()); });
    });
    connect(m_applies, &QPlainTextEdit::textChanged, this, [this] {
        edit(QStringLiteral("applies"),
            [&](EditableClause &c) { c.setApplicability(m_applies->toPlainText()); });
    });
    return page;
}

QWidget *ClauseEditorWindow::buildParametersTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_parameters = new QTableWidget(0, ColumnCount);
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setItemDelegateForColumn(ColType,
        new ChoiceDelegate(
            {QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("choice"),
                QStringLiteral("text"), QStringLiteral("date"), QStringLiteral("reference")},
            m_parameters));
    m_parameters->setItemDelegateForColumn(ColUnit,
        new ChoiceDelegate(
            {QString(), QStringLiteral("minutes"), QStringLiteral("hours"), QStringLiteral("days"),
                QStringLiteral("workdays"), QStringLiteral("weeks"), QStringLiteral("months"),
                QStringLiteral("years"), QStringLiteral("percent"), QStringLiteral("dkk"),
                QStringLiteral("times")},
            m_parameters));
    m_parameters->setItemDelegateForColumn(ColCombine,
        new ChoiceDelegate({QString(), QStringLiteral("and"), QStringLiteral("or")}, m_parameters));
    layout->addWidget(m_parameters, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton;
    add->setObjectName(QStringLiteral("addParameter"));
    auto *remove = new QPushButton;
    remove->setObjectName(QStringLiteral("removeParameter"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *hint = new QLabel;
    hint->setObjectName(QStringLiteral("parameterHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    connect(
        m_parameters, &QTableWidget::cellChanged, this, &ClauseEditorWindow::parameterCellChanged);
    connect(add, &QPushButton::clicked, this, [this] {
        edit(QStringLiteral("parameters-add"), [](EditableClause &c) {
            QList<EditableParameter> parameters = c.parameters();
            EditableParameter p;
            p.id = QStringLiteral("value-%1").arg(parameters.size() + 1);
            parameters.append(p);
            c.setParameters(parameters);
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_parameters->currentRow();
        if (row < 0)
            return;
        edit(QStringLiteral("parameters-remove"), [row](EditableClause &c) {
            QList<EditableParameter> parameters = c.parameters();
            if (row < parameters.size())
                parameters.removeAt(row);
            c.setParameters(parameters);
        });
    });
    return page;
}

QWidget *ClauseEditorWindow::buildVariantsTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *listColumn = new QVBoxLayout;
    m_variantList = new QListWidget;
    m_variantList->setObjectName(QStringLiteral("variantList"));
    m_variantList->setMaximumWidth(180);
    listColumn->addWidget(m_variantList);
    auto *add = new QPushButton;
    add->setObjectName(QStringLiteral("addVariant"));
    auto *remove = new QPushButton;
    remove->setObjectName(QStringLiteral("removeVariant"));
    listColumn->addWidget(add);
    listColumn->addWidget(remove);
    layout->addLayout(listColumn);

    auto *fields = new QGridLayout;
    m_variantId = lineEdit(QStringLiteral("variantId"));
    m_variantType = new QComboBox;
    m_variantType->setObjectName(QStringLiteral("variantType"));
    m_variantType->addItem(QString(), QString());
    for (const QString &code :
        {QStringLiteral("MK"), QStringLiteral("PK"), QStringLiteral("K"), QStringLiteral("Option")})
        m_variantType->addItem(code, code);
    m_variantLabelDa = lineEdit(QStringLiteral("variantLabelDa"));
    m_variantLabelEn = lineEdit(QStringLiteral("variantLabelEn"));
    m_variantBodyDa = textEdit(QStringLiteral("variantBodyDa"));
    m_variantBodyEn = textEdit(QStringLiteral("variantBodyEn"));
    auto *idLabel = new QLabel;
    idLabel->setObjectName(QStringLiteral("variantIdLabel"));
    auto *typeLabel = new QLabel;
    typeLabel->setObjectName(QStringLiteral("variantTypeLabel"));
    fields->addWidget(idLabel, 0, 0);
    fields->addWidget(typeLabel, 0, 1);
    fields->addWidget(m_variantId, 1, 0);
    fields->addWidget(m_variantType, 1, 1);
    fields->addWidget(new QLabel(QStringLiteral("<b>Dansk</b>")), 2, 0);
    fields->addWidget(new QLabel(QStringLiteral("<b>English</b>")), 2, 1);
    fields->addWidget(m_variantLabelDa, 3, 0);
    fields->addWidget(m_variantLabelEn, 3, 1);
    fields->addWidget(m_variantBodyDa, 4, 0);
    fields->addWidget(m_variantBodyEn, 4, 1);
    fields->setRowStretch(4, 1);
    layout->addLayout(fields, 1);

    connect(m_variantList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            refreshVariantFields();
    });
    auto changeVariant = [this](const QString &field,
                             const std::function<void(EditableVariant &)> &change) {
        const int row = m_variantList->currentRow();
        if (row < 0)
            return;
        edit(field + QString::number(row), [&](EditableClause &c) {
            QList<EditableVariant> variants = c.variants();
            if (row >= variants.size())
                return;
            change(variants[row]);
            c.setVariants(variants);
        });
    };
    connect(m_variantId, &QLineEdit::textEdited, this, [changeVariant](const QString &text) {
        changeVariant(
            QStringLiteral("variant-id"), [&](EditableVariant &v) { v.id = text.trimmed(); });
    });
    connect(m_variantType, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this, changeVariant] {
            if (m_updating)
                return;
            changeVariant(QStringLiteral("variant-type"),
                [&](EditableVariant &v) { v.type = m_variantType->currentData().toString(); });
        });
    connect(m_variantLabelDa, &QLineEdit::textEdited, this, [changeVariant](const QString &text) {
        changeVariant(
            QStringLiteral("variant-label-da"), [&](EditableVariant &v) { v.label.da = text; });
    });
    connect(m_variantLabelEn, &QLineEdit::textEdited, this, [changeVariant](const QString &text) {
        changeVariant(
            QStringLiteral("variant-label-en"), [&](EditableVariant &v) { v.label.en = text; });
    });
    connect(m_variantBodyDa, &QPlainTextEdit::textChanged, this, [this, changeVariant] {
        changeVariant(QStringLiteral("variant-body-da"),
            [&](EditableVariant &v) { v.body.da = m_variantBodyDa->toPlainText(); });
    });
    connect(m_variantBodyEn, &QPlainTextEdit::textChanged, this, [this, changeVariant] {
        changeVariant(QStringLiteral("variant-body-en"),
            [&](EditableVariant &v) { v.body.en = m_variantBodyEn->toPlainText(); });
    });
    connect(add, &QPushButton::clicked, this, [this] {
        edit(QStringLiteral("variants-add"), [](EditableClause &c) {
            QList<EditableVariant> variants = c.variants();
            EditableVariant v;
            v.id = QStringLiteral("variant-%1").arg(variants.size() + 1);
            variants.append(v);
            c.setVariants(variants);
        });
        m_variantList->setCurrentRow(m_variantList->count() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_variantList->currentRow();
        if (row < 0)
            return;
        edit(QStringLiteral("variants-remove"), [row](EditableClause &c) {
            QList<EditableVariant> variants = c.variants();
            if (row < variants.size())
                variants.removeAt(row);
            c.setVariants(variants);
        });
    });
    return page;
}

QWidget *ClauseEditorWindow::buildReferencesTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *current = new QVBoxLayout;
    auto *currentLabel = new QLabel;
    currentLabel->setObjectName(QStringLiteral("referencesLabel"));
    m_references = new QListWidget;
    m_references->setObjectName(QStringLiteral("referenceList"));
    auto *remove = new QPushButton;
    remove->setObjectName(QStringLiteral("removeReference"));
    current->addWidget(currentLabel);
    current->addWidget(m_references, 1);
    current->addWidget(remove);
    auto *available = new QVBoxLayout;
    m_referenceSearch = lineEdit(QStringLiteral("referenceSearch"));
    m_referenceSearch->setClearButtonEnabled(true);
    m_referenceChoices = new QListWidget;
    m_referenceChoices->setObjectName(QStringLiteral("referenceChoices"));
    auto *add = new QPushButton;
    add->setObjectName(QStringLiteral("addReference"));
    available->addWidget(m_referenceSearch);
    available->addWidget(m_referenceChoices, 1);
    available->addWidget(add);
    layout->addLayout(current, 1);
    layout->addLayout(available, 1);

    connect(m_referenceSearch, &QLineEdit::textChanged, this, [this] { refreshReferences(); });
    auto addSelected = [this] {
        QListWidgetItem *item = m_referenceChoices->currentItem();
        if (!item)
            return;
        const QStringList parts = item->data(Qt::UserRole).toStringList();
        const Reference reference {parts.value(0), parts.value(1), parts.value(2), 0};
        edit(QStringLiteral("references-add"), [&](EditableClause &c) {
            QList<Reference> references = c.references();
            if (!references.contains(reference))
                references.append(reference);
            c.setReferences(references);
        });
    };
    connect(add, &QPushButton::clicked, this, addSelected);
    connect(m_referenceChoices, &QListWidget::itemActivated, this, addSelected);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_references->currentRow();
        if (row < 0)
            return;
        edit(QStringLiteral("references-remove"), [row](EditableClause &c) {
            QList<Reference> references = c.references();
            if (row < references.size())
                references.removeAt(row);
            c.setReferences(references);
        });
    });
    return page;
}

QWidget *ClauseEditorWindow::buildGuidanceTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(new QLabel(QStringLiteral("<b>Dansk</b>")), 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("<b>English</b>")), 0, 2);
    int row = 1;
    for (const GuidanceHeading &heading : guidanceHeadings()) {
        const QString name = QString::fromLatin1(heading.element);
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("guidanceLabel-") + name);
        label->setWordWrap(true);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        int column = 1;
        for (const QString &lang : {Da, En}) {
            auto *text = textEdit(QStringLiteral("guidance-") + lang + u'-' + name);
            text->setMinimumHeight(90);
            m_guidance.insert(lang + u'/' + name, text);
            grid->addWidget(text, row, column++);
            connect(text, &QPlainTextEdit::textChanged, this, [this, text, lang, name] {
                edit(QStringLiteral("guidance-") + lang + u'-' + name,
                    [&](EditableClause &c) { c.setGuidance(lang, name, text->toPlainText()); });
            });
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    scroll->setWidget(page);
    return scroll;
}

void ClauseEditorWindow::retranslate()
{
    setWindowTitle(tr("Clause editor"));
    m_newAction->setText(tr("&New clause…"));
    m_duplicateAction->setText(tr("&Duplicate clause…"));
    m_withdrawAction->setText(tr("&Withdraw clause"));
    m_saveAction->setText(tr("&Save"));
    m_closeAction->setText(tr("&Close"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_search->setPlaceholderText(tr("Search id or title"));
    m_tabs->setTabText(0, tr("Clause"));
    m_tabs->setTabText(1, tr("Parameters"));
    m_tabs->setTabText(2, tr("Variants"));
    m_tabs->setTabText(3, tr("References"));
    m_tabs->setTabText(4, tr("Guidance"));
    const QList<QPair<QString, QString>> labels = {{QStringLiteral("idLabel"), tr("Id")},
        {QStringLiteral("versionLabel"), tr("Version")},
        {QStringLiteral("statusLabel"), tr("Status")},
        {QStringLiteral("replacedByLabel"), tr("Replaced by")},
        {QStringLiteral("typeLabel"), tr("Requirement type")},
        {QStringLiteral("optionLabel"), tr("DIGST option")},
        {QStringLiteral("themeLabel"), tr("Theme")},
        {QStringLiteral("contractTypesLabel"), tr("Contract types")},
        {QStringLiteral("appliesLabel"),
            tr("Applies when (one \"question: value value\" line per condition, all must hold)")},
        {QStringLiteral("textHint"),
            tr("Titles and bodies side by side. Paragraphs are separated by a blank line, list "
               "items start with \"- \" or \"1. \", a parameter is written {name} and a "
               "cross-reference {ref:ID}.")},
        {QStringLiteral("parameterHint"),
            tr("Choices: value=Dansk|English; separated by semicolons. Required: the "
               "procurement officer must fill the value in (no default).")},
        {QStringLiteral("variantIdLabel"), tr("Variant id")},
        {QStringLiteral("variantTypeLabel"), tr("Requirement type of the variant")},
        {QStringLiteral("referencesLabel"), tr("References of the clause")},
        {QStringLiteral("problemsLabel"), tr("Problems")}};
    for (const auto &[name, text] : labels) {
        if (auto *label = findChild<QLabel *>(name))
            label->setText(text);
    }
    m_status->setItemText(0, tr("Draft"));
    m_status->setItemText(1, tr("Approved"));
    m_status->setItemText(2, tr("Withdrawn"));
    for (const GuidanceHeading &heading : guidanceHeadings()) {
        if (auto *label = findChild<QLabel *>(
                QStringLiteral("guidanceLabel-") + QString::fromLatin1(heading.element)))
            label->setText(heading.translatedTitle());
    }
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Unit"), tr("Min"),
        tr("Max"), tr("Several"), tr("Combine"), tr("Default"), tr("Required"), tr("Label (da)"),
        tr("Label (en)"), tr("Guidance (da)"), tr("Guidance (en)"), tr("Choices"), tr("Role")});
    for (const auto &[name, text] :
        {QPair<QString, QString>(QStringLiteral("addParameter"), tr("Add parameter")),
            QPair<QString, QString>(QStringLiteral("removeParameter"), tr("Remove parameter")),
            QPair<QString, QString>(QStringLiteral("addVariant"), tr("Add variant")),
            QPair<QString, QString>(QStringLiteral("removeVariant"), tr("Remove variant")),
            QPair<QString, QString>(QStringLiteral("addReference"), tr("Add reference")),
            QPair<QString, QString>(QStringLiteral("removeReference"), tr("Remove reference"))}) {
        if (auto *button = findChild<QPushButton *>(name))
            button->setText(text);
    }
    m_referenceSearch->setPlaceholderText(tr("Search ISO 27001, CIS, NIS2, GDPR, Top 4 …"));
}

void ClauseEditorWindow::loadLibrary()
{
    m_library = LibraryLoader::load({m_folder});
    {
        const QSignalBlocker blocker(m_theme);
        m_theme->clear();
        for (const Theme &theme : m_library->themes())
            m_theme->addItem(
                theme.id + QStringLiteral(" – ") + theme.name.get(Language::Danish), theme.id);
    }
    for (const Clause &clause : m_library->clauses()) {
        if (m_entries.contains(clause.id))
            continue;
        IssueList issues;
        QByteArray data;
        if (!SafeXml::readFile(clause.sourceFile, &data, &issues))
            continue;
        const auto editable = EditableClause::fromXml(data, clause.sourceFile, &issues);
        if (!editable)
            continue;
        m_entries.insert(clause.id, {clause.sourceFile, *editable, *editable, false});
    }
    fillList();
    if (m_current.isEmpty() && !m_entries.isEmpty())
        selectClause(m_list->count() ? m_list->item(0)->data(Qt::UserRole).toString()
                                     : m_entries.firstKey());
    refreshReferences();
    updateTitle();
}

QStringList ClauseEditorWindow::clauseIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids << entry.current.id();
    return ids;
}

void ClauseEditorWindow::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_updating = true;
    m_list->clear();
    const QString needle = m_search->text().trimmed();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const EditableClause &clause = it->current;
        const QString text = clause.id() + QStringLiteral("  ") + clause.title(Da);
        if (!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive) &&
            !clause.title(En).contains(needle, Qt::CaseInsensitive))
            continue;
        const bool changed = it->isNew || it->current != it->saved;
        auto *item = new QListWidgetItem((changed ? QStringLiteral("● ") : QString()) + text);
        item->setData(Qt::UserRole, it.key());
        item->setToolTip(clause.title(Da) + u'\n' + clause.title(En));
        if (clause.attribute(QStringLiteral("status")) == QLatin1String("withdrawn")) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
        }
        m_list->addItem(item);
        if (it.key() == m_current)
            m_list->setCurrentItem(item);
    }
    m_updating = false;
}

bool ClauseEditorWindow::selectClause(const QString &id)
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key() == id || it->current.id() == id) {
            m_current = it.key();
            fillList();
            refreshForm();
            validateNow();
            return true;
        }
    }
    return false;
}

const EditableClause *ClauseEditorWindow::currentClause() const
{
    const auto it = m_entries.constFind(m_current);
    return it == m_entries.cend() ? nullptr : &it->current;
}

void ClauseEditorWindow::refreshForm()
{
    const EditableClause *clause = currentClause();
    m_tabs->setEnabled(clause != nullptr);
    if (!clause)
        return;
    m_updating = true;
    setText(m_id, clause->id());
    // A saved clause keeps its id (drafts refer to it); Duplicate makes one with a new id.
    m_id->setReadOnly(!m_entries.value(m_current).isNew);
    {
        const QSignalBlocker blocker(m_version);
        m_version->setValue(std::max(1, clause->version()));
    }
    setCombo(m_status, clause->attribute(QStringLiteral("status")));
    setText(m_replacedBy, clause->attribute(QStringLiteral("replaced-by")));
    setCombo(m_type, clause->attribute(QStringLiteral("type")));
    setCombo(m_option, clause->attribute(QStringLiteral("option")));
    setCombo(m_theme, clause->attribute(QStringLiteral("theme")));
    setText(m_contractTypes, clause->contractTypes());
    setText(m_titleDa, clause->title(Da));
    setText(m_titleEn, clause->title(En));
    setText(m_bodyDa, clause->body(Da));
    setText(m_bodyEn, clause->body(En));
    const std::optional<QString> applies = clause->applicability();
    m_applies->setReadOnly(!applies);
    setText(m_applies,
        applies.value_or(tr("(any/all/not groups: kept as written, edit them in the XML file)")));
    const QStringList unedited = clause->uneditedElements();
    m_unedited->setText(unedited.isEmpty()
            ? QString()
            : tr("Kept as written, not edited here: %1.").arg(unedited.join(QStringLiteral(", "))));
    for (auto it = m_guidance.cbegin(); it != m_guidance.cend(); ++it)
        setText(
            it.value(), clause->guidance(it.key().section(u'/', 0, 0), it.key().section(u'/', 1)));
    refreshParameters();
    {
        const QSignalBlocker blocker(m_variantList);
        const int row = m_variantList->currentRow();
        m_variantList->clear();
        for (const EditableVariant &variant : clause->variants())
            m_variantList->addItem(variant.id + QStringLiteral("  ") + variant.label.da);
        m_variantList->setCurrentRow(std::min(std::max(row, 0), int(m_variantList->count()) - 1));
    }
    refreshVariantFields();
    refreshReferences();
    m_updating = false;
}

void ClauseEditorWindow::refreshParameters()
{
    const EditableClause *clause = currentClause();
    const QList<EditableParameter> parameters =
        clause ? clause->parameters() : QList<EditableParameter>();
    const QSignalBlocker blocker(m_parameters);
    const int currentRow = m_parameters->currentRow();
    const int currentColumn = m_parameters->currentColumn();
    m_parameters->setRowCount(int(parameters.size()));
    for (int row = 0; row < parameters.size(); ++row) {
        const EditableParameter &p = parameters.at(row);
        const QStringList texts = {p.id, p.type, p.unit, p.minimum, p.maximum, QString(), p.combine,
            p.defaultValue.value_or(QString()), QString(), p.label.da, p.label.en, p.guidance.da,
            p.guidance.en, choicesText(p.choices), p.role};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_parameters->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_parameters->setItem(row, column, item);
            }
            if (column == ColMultiple || column == ColRequired) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                const bool checked = column == ColMultiple ? p.multiple == QLatin1String("true")
                                                           : !p.defaultValue.has_value();
                item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            } else if (item->text() != texts.at(column)) {
                item->setText(texts.at(column));
            }
        }
    }
    if (currentRow >= 0 && currentRow < m_parameters->rowCount())
        m_parameters->setCurrentCell(currentRow, currentColumn);
}

QList<EditableParameter> ClauseEditorWindow::parametersFromTable() const
{
    const EditableClause *clause = currentClause();
    QList<EditableParameter> parameters =
        clause ? clause->parameters() : QList<EditableParameter>();
    for (int row = 0; row < m_parameters->rowCount() && row < parameters.size(); ++row) {
        EditableParameter &p = parameters[row];
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_parameters->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        auto checked = [&](int column) {
            const QTableWidgetItem *item = m_parameters->item(row, column);
            return item && item->checkState() == Qt::Checked;
        };
        p.id = text(ColId);
        p.type = text(ColType);
        p.unit = text(ColUnit);
        p.minimum = text(ColMin);
        p.maximum = text(ColMax);
        const bool multiple = checked(ColMultiple);
        if (multiple)
            p.multiple = QStringLiteral("true");
        else if (p.multiple == QLatin1String("true"))
            p.multiple = QString();
        p.combine = text(ColCombine);
        if (checked(ColRequired))
            p.defaultValue.reset();
        else
            p.defaultValue = text(ColDefault);
        p.label = {text(ColLabelDa), text(ColLabelEn)};
        p.guidance = {text(ColGuidanceDa), text(ColGuidanceEn)};
        if (choicesText(p.choices) != text(ColChoices))
            p.choices = choicesFromText(text(ColChoices));
        p.role = text(ColRole);
    }
    return parameters;
}

void ClauseEditorWindow::parameterCellChanged(int row, int column)
{
    const QList<EditableParameter> parameters = parametersFromTable();
    edit(QStringLiteral("parameter-%1-%2").arg(row).arg(column),
        [&](EditableClause &c) { c.setParameters(parameters); });
}

void ClauseEditorWindow::refreshVariantFields()
{
    const EditableClause *clause = currentClause();
    const QList<EditableVariant> variants = clause ? clause->variants() : QList<EditableVariant>();
    const int row = m_variantList->currentRow();
    const bool valid = row >= 0 && row < variants.size();
    const EditableVariant variant = valid ? variants.at(row) : EditableVariant();
    for (QWidget *w : std::initializer_list<QWidget *> {m_variantId, m_variantType,
             m_variantLabelDa, m_variantLabelEn, m_variantBodyDa, m_variantBodyEn})
        w->setEnabled(valid);
    const bool updating = m_updating;
    m_updating = true;
    setText(m_variantId, variant.id);
    setCombo(m_variantType, variant.type);
    setText(m_variantLabelDa, variant.label.da);
    setText(m_variantLabelEn, variant.label.en);
    setText(m_variantBodyDa, variant.body.da);
    setText(m_variantBodyEn, variant.body.en);
    m_updating = updating;
}

void ClauseEditorWindow::refreshReferences()
{
    const EditableClause *clause = currentClause();
    const QList<Reference> references = clause ? clause->references() : QList<Reference>();
    {
        const QSignalBlocker blocker(m_references);
        const int row = m_references->currentRow();
        m_references->clear();
        for (const Reference &reference : references)
            m_references->addItem(referenceText(reference, m_library.get()));
        m_references->setCurrentRow(std::min(row, int(m_references->count()) - 1));
    }
    const QSignalBlocker blocker(m_referenceChoices);
    m_referenceChoices->clear();
    if (!m_library)
        return;
    const QStringList words = m_referenceSearch->text().split(u' ', Qt::SkipEmptyParts);
    int shown = 0;
    for (const ReferenceList &list : m_library->referenceLists()) {
        for (const ReferenceItem &item : list.items) {
            const Reference reference {list.scheme, list.version, item.id, 0};
            if (references.contains(reference))
                continue;
            const QString text = list.schemeKey() + u' ' + item.id + QStringLiteral(" – ") +
                item.title.get(Language::Danish) + QStringLiteral(" / ") +
                item.title.get(Language::English);
            const bool match = std::all_of(words.cbegin(), words.cend(),
                [&](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
            if (!match)
                continue;
            auto *row = new QListWidgetItem(text);
            row->setData(Qt::UserRole, QStringList {list.scheme, list.version, item.id});
            m_referenceChoices->addItem(row);
            if (++shown >= 400)
                return;
        }
    }
}

void ClauseEditorWindow::setState(const QString &key, const EditableClause &state)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->current = state;
    if (m_current != key)
        m_current = key;
    fillList();
    refreshForm();
    scheduleValidation();
}

void ClauseEditorWindow::edit(
    const QString &field, const std::function<void(EditableClause &)> &change)
{
    if (m_updating)
        return;
    auto it = m_entries.find(m_current);
    if (it == m_entries.end())
        return;
    const EditableClause before = it->current;
    EditableClause after = before;
    change(after);
    if (after.toXml() == before.toXml())
        return;
    it->current = after;
    m_undo->push(new EditCommand(this, m_current, field, before, after));
    // Typing keeps its widget; lists and tables show the new state at once.
    if (field.startsWith(QLatin1String("parameter")) ||
        field.startsWith(QLatin1String("variant")) ||
        field.startsWith(QLatin1String("references")) || field == QLatin1String("id") ||
        field.startsWith(QLatin1String("title")) || field == QLatin1String("status")) {
        fillList();
        const bool typing = field.startsWith(QLatin1String("title")) ||
            field == QLatin1String("id") || field.startsWith(QLatin1String("variant-"));
        if (!typing)
            refreshForm();
        else if (field.startsWith(QLatin1String("variant-"))) {
            m_updating = true;
            const int row = m_variantList->currentRow();
            const auto variants = after.variants();
            if (row >= 0 && row < variants.size() && m_variantList->item(row))
                m_variantList->item(row)->setText(
                    variants.at(row).id + QStringLiteral("  ") + variants.at(row).label.da);
            m_updating = false;
        }
    }
    scheduleValidation();
}

void ClauseEditorWindow::scheduleValidation()
{
    m_validationTimer->start();
}

IssueList ClauseEditorWindow::validateNow()
{
    m_validationTimer->stop();
    IssueList issues;
    const auto it = m_entries.constFind(m_current);
    if (it != m_entries.cend() && m_library) {
        const EditableClause &editable = it->current;
        const QString path = it->path;
        const std::optional<Clause> clause = editable.toClause(path, &issues);
        for (auto other = m_entries.cbegin(); other != m_entries.cend(); ++other) {
            if (other.key() != it.key() && other->current.id() == editable.id())
                issues.append(Issue::error(
                    tr("the id \"%1\" is already used by another clause").arg(editable.id()),
                    path));
        }
        if (clause) {
            const Library &library = *m_library;
            issues += LibraryLoader::checkClause(*clause, library);
            for (const Lint::Finding &finding : Lint::check(library, *clause, it.key())) {
                if (finding.issue.clauseId != clause->id)
                    continue;
                Issue issue = finding.issue;
                issue.severity = Issue::Severity::Warning; // lint advises, the schema decides
                issues.append(issue);
            }
            m_previewDa->setHtml(HtmlRender::clause(*clause, library, Language::Danish));
            m_previewEn->setHtml(HtmlRender::clause(*clause, library, Language::English));
        }
    }
    m_problems = issues;
    m_problemList->clear();
    for (const Issue &issue : std::as_const(issues)) {
        QString text = issue.message;
        if (issue.line > 0)
            text = tr("line %1: %2").arg(issue.line).arg(text);
        auto *item = new QListWidgetItem(
            (issue.isError() ? tr("Error") : tr("Warning")) + QStringLiteral(": ") + text);
        item->setForeground(issue.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        m_problemList->addItem(item);
    }
    if (issues.isEmpty())
        m_problemList->addItem(tr("No problems."));
    return issues;
}

bool ClauseEditorWindow::newClause(const QString &id, const QString &theme, QString *error)
{
    static const QRegularExpression clauseId(
        QStringLiteral("^[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,10}){1,3}$"));
    if (!clauseId.match(id).hasMatch()) {
        *error =
            tr("\"%1\" is not a clause id (capitals, digits and dashes, e.g. ADG-20).").arg(id);
        return false;
    }
    if (clauseIds().contains(id) || m_entries.contains(id)) {
        *error = tr("The library already has a clause \"%1\".").arg(id);
        return false;
    }
    const QString path = QDir(m_folder).filePath(theme + u'/' + id + QStringLiteral(".xml"));
    const EditableClause clause = EditableClause::create(id, theme);
    m_entries.insert(id, {path, clause, clause, true});
    m_current = id;
    m_undo->resetClean(); // a new file is unsaved
    fillList();
    refreshForm();
    validateNow();
    updateTitle();
    return true;
}

bool ClauseEditorWindow::duplicateClause(const QString &id, QString *error)
{
    const EditableClause *source = currentClause();
    if (!source) {
        *error = tr("No clause is selected.");
        return false;
    }
    const EditableClause copy = *source;
    const QString theme = copy.attribute(QStringLiteral("theme"));
    if (!newClause(id, theme, error))
        return false;
    EditableClause duplicate = copy;
    duplicate.setAttribute(QStringLiteral("id"), id);
    duplicate.setAttribute(QStringLiteral("version"), QStringLiteral("1"));
    duplicate.setAttribute(QStringLiteral("status"), QStringLiteral("draft"));
    duplicate.setAttribute(QStringLiteral("replaced-by"), QString());
    duplicate.clearHistory();
    m_entries[id].current = duplicate;
    m_entries[id].saved = duplicate;
    refreshForm();
    fillList();
    validateNow();
    return true;
}

void ClauseEditorWindow::withdrawClause()
{
    edit(QStringLiteral("status"), [](EditableClause &c) {
        c.setAttribute(QStringLiteral("status"), QStringLiteral("withdrawn"));
    });
    m_replacedBy->setFocus();
}

bool ClauseEditorWindow::isModified() const
{
    for (const Entry &entry : m_entries) {
        if (entry.isNew || entry.current != entry.saved)
            return true;
    }
    return false;
}

bool ClauseEditorWindow::saveAll(QString *error)
{
    m_validationTimer->stop();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &entry = *it;
        if (!entry.isNew && entry.current == entry.saved)
            continue;
        if (!entry.isNew &&
            entry.saved.attribute(QStringLiteral("status")) == QLatin1String("approved") &&
            entry.current.version() == entry.saved.version() &&
            entry.current.wordingDiffers(entry.saved)) {
            const int answer = confirmVersionBump(
                tr("The wording of the approved clause %1 has changed. Save it as version %2?")
                    .arg(entry.current.id())
                    .arg(entry.saved.version() + 1));
            if (answer == QMessageBox::Cancel) {
                *error = tr("Saving was cancelled.");
                return false;
            }
            if (answer == QMessageBox::Yes) {
                entry.current.setAttribute(
                    QStringLiteral("version"), QString::number(entry.saved.version() + 1));
            }
        }
        if (entry.isNew) // a new clause's file follows its id and theme until it is saved
            entry.path = QDir(m_folder).filePath(entry.current.attribute(QStringLiteral("theme")) +
                u'/' + entry.current.id() + QStringLiteral(".xml"));
        const QString directory = QFileInfo(entry.path).absolutePath();
        if (!QDir().mkpath(directory)) {
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory));
            return false;
        }
        QString writeError;
        if (!SafeSave::write(entry.path, entry.current.toXml(), &writeError)) {
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(entry.path), writeError);
            return false;
        }
        entry.saved = entry.current;
        entry.isNew = false;
    }
    m_undo->setClean();
    // The other clauses check against what is now on disk.
    m_library = LibraryLoader::load({m_folder});
    fillList();
    refreshForm();
    validateNow();
    updateTitle();
    return true;
}

void ClauseEditorWindow::updateTitle()
{
    setWindowTitle(tr("Clause editor – %1").arg(QDir::toNativeSeparators(m_folder)) +
        (isModified() ? QStringLiteral(" *") : QString()));
}

void ClauseEditorWindow::newClauseInteractive()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("New clause"),
        tr("Id of the new clause (e.g. ADG-20):"), QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    QString theme = m_theme->currentData().toString();
    if (theme.isEmpty() && m_library && !m_library->themes().isEmpty())
        theme = m_library->themes().first().id;
    QString error;
    if (!newClause(id, theme, &error))
        MessageBox::warning(this, tr("New clause"), error);
}

void ClauseEditorWindow::duplicateInteractive()
{
    bool ok = false;
    const QString id = QInputDialog::getText(
        this, tr("Duplicate clause"), tr("Id of the copy:"), QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    QString error;
    if (!duplicateClause(id, &error))
        MessageBox::warning(this, tr("Duplicate clause"), error);
}

void ClauseEditorWindow::saveInteractive()
{
    QString error;
    if (saveAll(&error))
        statusBar()->showMessage(tr("Saved."), 4000);
    else
        MessageBox::warning(this, tr("Save"), error);
}

void ClauseEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!isModified()) {
        event->accept();
        return;
    }
    const auto answer = MessageBox::question(this, tr("Clause editor"),
        tr("Save the changed clauses before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        event->ignore();
        return;
    }
    if (answer == QMessageBox::Save) {
        QString error;
        if (!saveAll(&error)) {
            MessageBox::warning(this, tr("Save"), error);
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace klausul
