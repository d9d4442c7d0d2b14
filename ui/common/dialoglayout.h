#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QDialog;
class QFormLayout;
class QLabel;
class QTableWidget;
class QWidget;

namespace jlgc {

// The layout the small record dialogs share (a contact, an officer, a source,
// …): a form of fields with their labels right-aligned as in the pages' forms,
// then `error` (red, wrapped, hidden until there is something to say), then
// OK and Cancel. Returns the form, for the dialog to add its rows to. The
// dialog opens in its first field, and Tab goes through the fields before
// OK and Cancel.
QFormLayout* layOutDialog(QDialog* dialog, QLabel* error);
// A field of such a dialog and its label.
struct DialogRow {
    QString label;
    QWidget* field;
};
// The same with its rows, in order; the dialog is then `width` wide and as
// tall as its rows need.
QFormLayout* layOutDialog(QDialog* dialog, QLabel* error, const QList<DialogRow>& rows, int width);
// OK pressed: closes the dialog when there is no problem; otherwise says it
// in error and leaves the dialog open, with what the user typed.
void acceptUnless(QDialog* dialog, QLabel* error, const QString& problem);
// The same look for the labels of a form laid out by hand.
void alignFormLabels(QFormLayout* form);
// A dialog's list of rows to read and choose from, not to edit (History…,
// Trash, Restore from a Backup…, Users…, Access Log…): a column a heading,
// a whole row chosen at a time, no row numbers, the last column to the edge.
void readOnlyTable(QTableWidget* table, const QStringList& headings);

} // namespace jlgc
