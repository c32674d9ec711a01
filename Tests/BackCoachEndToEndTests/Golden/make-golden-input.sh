#!/bin/sh
# Writes the golden conversation (golden-input.txt beside this script) to standard output, deterministically:
#   sh Tests/BackCoachEndToEndTests/Golden/make-golden-input.sh > Tests/BackCoachEndToEndTests/Golden/golden-input.txt
# Re-record the answers after an intended change of answers with record-golden.sh.
#
# The lines, in order:
#   1. every case of the evaluation sets (Tests/BackCoachCoreTests/Evaluation/*.tsv but mid-routine.tsv, in name
#      order): the first column, a multi-turn case split at " >> " into its turns; "no" after a case labelled
#      red-flag-check and after every 10th case (answering a safety question or an offer, which would otherwise
#      hold the lines after it); after every 25th case one of the routine scripts below (start, done, pause,
#      resume, skip, back, stop, pain, "continue", history questions).
#   2. red-flags.txt and not-red-flags.txt, one line each.
#   3. every line of mid-routine.tsv (its second column: the utterance) said inside a running routine, then "stop".
#   4. the cases labelled quit, each said inside a routine (where it ends the routine, not the program); after
#      a case's earlier turns, "no" declines what they offered, so the routine asked for is the whole one, which
#      waits at its first reps (one offered exercise of timed holds would finish at once with --pace instant).
#   5. lines that exercise the JSON encoding of the echoed input: quotes, backslashes, slashes, a tab, control
#      characters, non-ASCII letters, a combining mark and emoji.
# Every line is answered with exactly one object; no line ends the program (the test checks the count).
set -eu
LC_ALL=C
export LC_ALL
here=$(cd "$(dirname "$0")" && pwd)
evaluation="$here/../../BackCoachCoreTests/Evaluation"

# The routine scripts, one per line, turns separated by "|". Routines run on a virtual clock with --pace instant,
# so they are logged as simulated and history answers name no date or time.
routines() {
    cat <<'EOF'
start a routine|done|pause|resume|skip|back|done|stop|continue|done|stop|when did I last exercise|how many sessions this week
start a beginner routine|done|done|my back hurts|skip|done|done|how did I do last time|what's my streak
start an advanced routine|done|done|done|done|done|done|done|done|done|done|done|done|how many minutes did I exercise this week
start a routine for my hamstrings|how do I do this|done|done|stop|continue|stop|when did I last exercise
start a routine|skip|skip|back|pause|resume|this is making it worse|end|how many sessions this week|what did I do last time
start a 5 minute routine|done|done|stop|how many sessions this week|continue|done|done|done|done|done|stop
start a routine|done|hang on, the phone's ringing|ok I'm back|next one please|that's enough for now|continue|stop|when did I last exercise
i want to do some exercises|yes|done|done|done|stop|how is my pain|how many sessions this week
EOF
}

# Prints routine script number $1 (counting from 0, wrapping), one turn a line.
routine() {
    routines | awk -v n="$1" '{ scripts[NR - 1] = $0 } END { print scripts[n % NR] }' | tr '|' '\n'
}

# Prints the turns of the evaluation cases in file $1 (but quit cases), one a line.
cases() {
    awk -F '\t' '/^#/ || NF == 0 { next } $2 == "quit" { next } {
        count = split($1, turns, / >> /)
        for (i = 1; i <= count; i++) print turns[i]
        if ($2 == "red-flag-check") print "no"
        print "\036"
    }' "$1"
}

count=0
for file in "$evaluation"/*.tsv; do
    [ "$(basename "$file")" = mid-routine.tsv ] && continue
    cases "$file"
done | while IFS= read -r line; do
    if [ "$line" = "$(printf '\036')" ]; then
        count=$((count + 1))
        [ $((count % 10)) -eq 0 ] && echo no
        [ $((count % 25)) -eq 0 ] && routine $((count / 25 - 1))
        continue
    fi
    printf '%s\n' "$line"
done

grep -hv '^#' "$evaluation/red-flags.txt" "$evaluation/not-red-flags.txt" | grep -v '^[[:space:]]*$'

awk -F '\t' '/^#/ || NF < 2 { next } {
    print "start a routine"
    print $2
    print "stop"
}' "$evaluation/mid-routine.tsv"

for file in "$evaluation"/*.tsv; do
    awk -F '\t' '!/^#/ && $2 == "quit" {
        count = split($1, turns, / >> /)
        for (i = 1; i < count; i++) print turns[i]
        if (count > 1) print "no"
        print "start a routine"
        print turns[count]
    }' "$file"
done

printf '%s\n' \
    'how many "clam shells" should I do?' \
    'is a back\slash ok in a wall sit\\' \
    'wall sits / clam shells: which first?' \
    'what about </script> and & and <b>' \
    'how long do I hold the stretch for	(tab inside)' \
    'crunches: 8 or 12? 0.5 1e3 -2 3.14159' \
    'café crème and naïve stretches' \
    'how many clam shells should I do 🙂🙂' \
    'hamstrings 👩‍👩‍👧 stretch 🇬🇧'
printf 'wall sit with combining marks: cafe\314\201, a\314\210 and n\314\203\n'
printf 'line with a right-to-left mark \342\200\217 and a zero-width joiner \342\200\215 inside\n'
printf 'bell \007 and escape \033[31m red and delete \177 in a question about wall sits\n'
printf 'a form feed \014 and a vertical tab \013 in how do I do crunches\n'
printf 'what about the reclining twist\r\n'
printf 'U+2028 \342\200\250 and U+2029 \342\200\251 line separators in how many reps\n'
