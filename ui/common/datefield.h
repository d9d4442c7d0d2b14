#pragma once

#include <QDate>
#include <QLineEdit>
#include <functional>

class QCalendarWidget;
class QFrame;

namespace jlgc {

// The date field of every form and dialog. It takes a date typed in any
// form people use (see DateText::parse: 2027-01-18, 1/18/2027, 2027年1月18日,
// 令和9年1月18日, or 1/18 for the coming one), shows it in the language's one
// style with its weekday, and pops up a calendar (the button, Alt+Down or
// F4) that opens on the date, else on the record's context (a cohort's or a
// delegation's dates), else on today. Empty is "no date"; the whole text is
// selected when the field takes the focus, so Delete clears it. Up and Down
// move a day, Page Up and Page Down a month. Text that is not a date is
// marked and kept, never saved as another date.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    using ContextProvider = std::function<QDate()>;

    explicit DateField(QWidget* parent = nullptr);

    // Invalid when empty or when the text is not a date.
    QDate value() const;
    void setValue(const QDate& date);
    void clearValue() { setValue(QDate()); }
    // The same, under QDateEdit's names.
    QDate date() const { return value(); }
    void setDate(const QDate& d) { setValue(d); }

    // False when the text is neither empty nor a date.
    bool isInputValid() const;

    // The date the calendar opens on and short forms (1/18) are read near,
    // when the field is empty: the record's context.
    void setContext(ContextProvider context) { m_context = std::move(context); }
    QDate contextDate() const;

    // Opens the calendar (for tests: calendar() is the widget shown).
    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

signals:
    // The date was committed: chosen in the calendar, stepped with a key,
    // typed and confirmed (Enter or leaving the field), or set by the program.
    void dateChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void commit();
    void showDate(const QDate& date);
    void markInput();
    void retranslate();

    QDate m_date; // the last committed date
    ContextProvider m_context;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QAction* m_calendarAction = nullptr;
};

} // namespace jlgc
