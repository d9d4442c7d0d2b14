#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace jlgc {

class DateField;

// A first and a last day side by side ("2019-10-27 to 2019-11-05"), either
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
