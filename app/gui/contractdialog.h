#pragma once

#include "core/contractmap.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QTableWidget;

namespace klausul {

/**
 * The contract the annex belongs to: the contract type and the other annexes (role, number,
 * title). Reference parameters of the clauses are resolved from it. A contract type's template
 * fills in the usual annexes; their numbers are left for the authority to fill in.
 */
class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    ContractDialog(const ContractMap &map, Language language, QWidget *parent = nullptr);
    ContractMap contractMap() const;

private:
    void addRow(const ContractAnnex &annex);
    void applyTemplate();

    Language m_language;
    QComboBox *m_type;
    QTableWidget *m_table;
    QCheckBox *m_definitions;
};

} // namespace klausul
