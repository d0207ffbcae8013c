# fish completion for dca. Install:
#   dca completion fish > ~/.config/fish/completions/dca.fish
# Deck and setting names come from dca itself at each Tab, so they follow your notes.
function __dca_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l found (command $tokens[1] __complete -- $tokens[2..-1] $current 2>/dev/null)
    if test (count $found) -eq 0
        __fish_complete_path $current
    else
        printf '%s\n' $found
    end
end
complete -c dca -f -k -a '(__dca_complete)'
