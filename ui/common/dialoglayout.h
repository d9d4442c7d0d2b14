#pragma once

class QDialog;
class QFormLayout;
class QLabel;
class QString;

namespace jlgc {

// The layout the small record dialogs share (a contact, an officer, a source,
// …): a form of fields with their labels right-aligned as in the pages' forms,
// then `error` (red, wrapped, hidden until there is something to say), then
// OK and Cancel. Returns the form, for the dialog to add its rows to. The
// dialog opens in its first field, and Tab goes through the fields before
// OK and Cancel.
QFormLayout* layOutDialog(QDialog* dialog, QLabel* error);
// OK pressed: closes the dialog when there is no problem; otherwise says it
// in error and leaves the dialog open, with what the user typed.
void acceptUnless(QDialog* dialog, QLabel* error, const QString& problem);
// The same look for the labels of a form laid out by hand.
void alignFormLabels(QFormLayout* form);

} // namespace jlgc
