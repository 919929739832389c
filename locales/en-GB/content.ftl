# Saathi: content packs, lessons and the food guide, in English (en-GB): the source locale.

## Errors

error-pack-untrusted = This content is not from a publisher Saathi trusts. Nothing was changed.
error-pack-other-publisher = This content comes from a different publisher than the one already here. Remove the old content first. Nothing was changed.
error-pack-incomplete = This content file is not complete. Download it again. Nothing was changed.
error-pack-too-large = This content is too big for the space Saathi may use. Nothing was changed.
error-pack-not-newer = This content is the same as, or older than, what you have. Nothing was changed.
error-pack-needs-update = This content needs a newer Saathi. Update the app, then try again. Nothing was changed.
error-pack-storage = Saathi could not save the content on this phone. Check there is free space. Nothing was changed.
error-pack-damaged = This content file is damaged or was changed. Nothing was changed.
error-download-offline = The phone is not connected to the internet. Try again when it is.
error-download-insecure = The connection was not safe, so nothing was downloaded. Try again on another network.
error-download-bad-address = That download address is not right.
error-download-failed = The download did not finish. Try again later; it will carry on where it stopped.
error-needs-wifi = This download waits for Wi-Fi. Connect to Wi-Fi, or allow mobile data for downloads.
error-no-content = No lessons or food guide are on this phone yet.
error-not-found-lesson = That lesson is not in your list.
error-not-found-content-item = That lesson or food is not in the content on this phone.
error-not-found-pack-file = There is no content file there.
error-not-found-assignment = That was not found in the things sent to this person.

## The command line

cli-error-key-file = { $path } is not a key file.
cli-error-catalogue = The catalogue is not valid; the problems are listed above.
cli-error-pack-version = Write the version like 1.0.0.
cli-error-write-file = Could not write { $path }.
cli-pack-built = Signed { $id } { $version }: { $files } files.
cli-pack-verified = { $id } { $version } is complete and signed by key { $key }.
cli-pack-installed = Installed { $id } { $version }.
cli-pack-upgraded = Updated { $id } from { $from } to { $version }.
cli-pack-already = { $id } { $version } is already installed.
cli-pack-archived = Wrote { $path }.
cli-pack-keygen = Made a key pair. Keep { $secret } secret and offline; apps trust { $public }. Key: { $key }
cli-pack-none = No content is installed.
cli-col-lesson = Lesson
cli-col-minutes = Minutes
cli-col-language = Shown / heard in
cli-col-progress = Progress
cli-col-from = Sent by
cli-col-audio = Audio file
cli-lesson-from = from { $name }: { $note }
cli-lesson-from-no-note = from { $name }
cli-progress-none = not started
cli-progress-started = started
cli-progress-heard = { $percent }% heard
cli-progress-completed = done
cli-lesson-audio = Audio: { $path }
cli-lesson-video = Video: { $path }
cli-lesson-captions = Captions: { $path }
cli-lesson-length = Length: { $minutes } min { $seconds } s
cli-col-food-name = Food
cli-col-portion = Portion
cli-col-carbs = Carbs
cli-col-sugars = Sugars
cli-col-fat = Fat
cli-col-salt = Salt
cli-col-swaps = Swap for
cli-grams = { $grams } g
cli-light-green = { $grams } g, low
cli-light-amber = { $grams } g, medium
cli-light-red = { $grams } g, high
cli-food-none = No food found with that name.
cli-assigned = Sent to { $name }.
cli-demo-content = Lessons and the food guide are installed ({ $id } { $version }, in { $path }).
