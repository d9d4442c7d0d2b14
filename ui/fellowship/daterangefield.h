#pragma once

#include <QDate>
#include <QWidget>
#include <functional>

class QLabel;

namespace jlgc {

class DateField;

// A first and a last day side by side ("Oct 27, 2019 to Nov 5, 2019"), either
// left empty. Emits edited() only for the user's changes, so that loading a
// record does not count as an edit.
class DateRangeField : public QWidget {
    Q_OBJECT
public:
    explicit DateRangeField(QWidget* parent = nullptr);

    QDate start() const;
    QDate end() const;
    void setRange(const QDate& start, const QDate& end);
    void clear() { setRange({}, {}); }
    DateField* startField() const { return m_start; }
    // The date the first day's calendar opens on when it is empty (the last
    // day's opens on the first day).
    void setContext(std::function<QDate()> context);
    DateField* endField() const { return m_end; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DateField* m_start;
    DateField* m_end;
    QLabel* m_to;
};

} // namespace jlgc
