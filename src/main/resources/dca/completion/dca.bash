# bash completion for dca. Install (either):
#   dca completion bash > ~/.local/share/bash-completion/completions/dca
#   echo 'source <(dca completion bash)' >> ~/.bashrc
# Deck and setting names come from dca itself at each Tab, so they follow your notes.
_dca_complete() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local found
    found=$(command "${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null) || return 0
    # Nothing found: the slot takes a file, and -o default completes file names.
    COMPREPLY=($(compgen -W "$found" -- "$cur"))
}
# nosort (bash 4.4+) keeps dca's natural order: chapter-2 before chapter-10.
complete -o default -o nosort -F _dca_complete dca 2>/dev/null || complete -o default -F _dca_complete dca
