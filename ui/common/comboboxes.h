#pragma once

#include <QComboBox>
#include <QList>
#include <QSet>
#include <QSignalBlocker>
#include <QVariant>
#include <algorithm>

namespace jlgc {

// Fills a combo box again (a filter, a field's choices) without losing what
// was chosen: remembers the item chosen by its data, empties the box and
// keeps it quiet while it is filled; when the KeepChoice goes, the item with
// that data is chosen again, or else the first. A box with no choice yet
// (filled for the first time) chooses its first item with empty data (the
// "All …" of a filter) when it has one.
class KeepChoice {
public:
    explicit KeepChoice(QComboBox* combo)
        : m_combo(combo), m_data(combo->currentData()), m_blocker(combo)
    {
        combo->clear();
    }
    ~KeepChoice()
    {
        m_combo->setCurrentIndex(
            std::max(0, m_combo->findData(m_data.isValid() ? m_data : QVariant(QString()))));
    }
    KeepChoice(const KeepChoice&) = delete;
    KeepChoice& operator=(const KeepChoice&) = delete;

    // The data of the item chosen before (invalid: none was), and another
    // to choose instead.
    const QVariant& data() const { return m_data; }
    void choose(const QVariant& data) { m_data = data; }

private:
    QComboBox* m_combo;
    QVariant m_data;
    const QSignalBlocker m_blocker;
};

// Adds the fiscal years (April to March, as 2025年度 or FY2025) to a combo
// box, newest first, each with its year as data; returns the years in that
// order.
QList<int> addFiscalYears(QComboBox* combo, const QSet<int>& years);

} // namespace jlgc
