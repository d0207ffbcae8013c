#compdef dca
# zsh completion for dca. Install (either):
#   dca completion zsh > "${fpath[1]}/_dca"        (then restart zsh)
#   echo 'source <(dca completion zsh)' >> ~/.zshrc   (after compinit)
# Deck and setting names come from dca itself at each Tab, so they follow your notes.
_dca() {
    local -a found
    found=("${(@f)$(command ${words[1]} __complete -- "${(@)words[2,CURRENT-1]}" "${words[CURRENT]}" 2>/dev/null)}")
    found=(${found:#})
    if (( ${#found} == 0 )); then
        _files
    else
        compadd -V dca -- "${found[@]}"
    fi
}
if [[ "${funcstack[1]}" == "_dca" ]]; then
    _dca "$@"
else
    compdef _dca dca
fi
