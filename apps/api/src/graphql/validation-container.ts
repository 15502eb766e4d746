import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { useContainer } from 'class-validator';

/**
 * Lets class-validator build its constraints through Nest, so the ones that look things up (unknown skill ids,
 * programme ids) can use services. Every input is then checked in one pass, and one BAD_USER_INPUT names every bad
 * field, whether the rule is about shape or about the database.
 */
@Injectable()
export class ValidationContainer implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    useContainer(
      { get: (type: unknown) => this.moduleRef.get(type as never, { strict: false }) },
      { fallback: true, fallbackOnErrors: true },
    );
  }
}
