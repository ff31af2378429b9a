#include "contractdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace klausul {

namespace {
enum Column { RoleColumn, NumberColumn, TitleColumn };
}

ContractDialog::ContractDialog(const ContractMap &map, Language language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
{
    setObjectName(QStringLiteral("contractDialog"));
    setWindowTitle(tr("Contract"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("contractTypeCombo"));
    m_type->addItem(tr("Not stated"), QString());
    for (const QString &type : ContractMap::types())
        m_type->addItem(ContractMap::typeName(type, language), type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(map.type)));
    auto *useTemplate = new QPushButton(tr("Use &template"), this);
    useTemplate->setObjectName(QStringLiteral("templateButton"));
    useTemplate->setToolTip(tr("Replace the list by the usual annexes of the contract type; "
                               "fill in the numbers of your contract."));
    connect(useTemplate, &QPushButton::clicked, this, &ContractDialog::applyTemplate);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("annexTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Number"), tr("Title")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const ContractAnnex &annex : map.annexes)
        addRow(annex);

    auto *add = new QPushButton(tr("&Add annex"), this);
    add->setObjectName(QStringLiteral("addAnnexButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({ContractMap::roles().constFirst(), QString(), QString()});
    });
    auto *remove = new QPushButton(tr("&Remove annex"), this);
    remove->setObjectName(QStringLiteral("removeAnnexButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_definitions = new QCheckBox(tr("The contract's &definitions annex defines the terms"), this);
    m_definitions->setObjectName(QStringLiteral("definitionsCheck"));
    m_definitions->setChecked(map.definitionsInContract);

    auto *top = new QFormLayout;
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(useTemplate);
    top->addRow(tr("Contract &type:"), typeRow);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *hint = new QLabel(tr("References in the requirements name a role (e.g. the data "
                               "processing agreement) and show the number and title given here. "
                               "This annex itself is the customer's security requirements."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_definitions);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(640, 480);
}

void ContractDialog::addRow(const ContractAnnex &annex)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *role = new QComboBox(m_table);
    for (const QString &id : ContractMap::roles()) {
        if (id != QLatin1String("security") && id != QLatin1String("contract"))
            role->addItem(ContractMap::roleName(id, m_language), id);
    }
    role->setCurrentIndex(std::max(0, role->findData(annex.role)));
    m_table->setCellWidget(row, RoleColumn, role);
    m_table->setItem(row, NumberColumn, new QTableWidgetItem(annex.number));
    m_table->setItem(row, TitleColumn,
        new QTableWidgetItem(
            annex.title.isEmpty() ? ContractMap::roleName(annex.role, m_language) : annex.title));
}

void ContractDialog::applyTemplate()
{
    const QString type = m_type->currentData().toString();
    if (type.isEmpty())
        return;
    if (m_table->rowCount() > 0 &&
        QMessageBox::question(this, tr("Use template"),
            tr("Replace the %n annex(es) in the list by the template?", nullptr,
                m_table->rowCount())) != QMessageBox::Yes)
        return;
    m_table->setRowCount(0);
    for (const ContractAnnex &annex : ContractMap::templateFor(type, m_language).annexes)
        addRow(annex);
}

ContractMap ContractDialog::contractMap() const
{
    ContractMap map;
    map.type = m_type->currentData().toString();
    map.definitionsInContract = m_definitions->isChecked();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
        const QTableWidgetItem *number = m_table->item(row, NumberColumn);
        const QTableWidgetItem *title = m_table->item(row, TitleColumn);
        map.annexes.append({role ? role->currentData().toString() : QString(),
            number ? number->text().trimmed() : QString(),
            title ? title->text().simplified() : QString()});
    }
    return map;
}

} // namespace klausul
