namespace jlgc {
void uiPlaceholder() {}
} // namespace jlgc
