//! `gossamer-server [configfile] [--directive value ...]`, like redis-server.

#[global_allocator]
static GLOBAL: gossamer::alloc::Counting = gossamer::alloc::Counting;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    std::process::exit(gossamer::startup::main(args));
}
